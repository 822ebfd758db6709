package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build hashes every file under {@code templates/} (a kit's forms, its fonts, whatever a firm
 * keeps beside them) and proves them unchanged before it swaps the set in. A scan far larger than the
 * heap left in a kit's folder is hashed as it is read, not held: the build runs in a heap smaller than
 * the file, which holding it ran out of, and a byte of it changed still builds the set again.
 */
class AFileOfHundredsOfMegabytesUnderTheTemplatesIsHashedNotHeldTest {
    private static final List<String> SMALL_HEAP = List.of("-Xmx128m");

    @TempDir
    Path dir;

    @Test
    void theSetBuildsInAHeapSmallerThanTheFileAndFollowsItsBytes() throws Exception {
        Path home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstone());
        Path scan = home.resolve("templates/registered-direct/precedent-scan.pdf");
        try (RandomAccessFile file = new RandomAccessFile(scan.toFile(), "rw")) {
            file.setLength(256L << 20);
        }

        assertThat(build(home)).startsWith("built " + ShortSetHome.DEAL + ":");
        assertThat(build(home)).startsWith(ShortSetHome.DEAL + " is up to date:");

        try (RandomAccessFile file = new RandomAccessFile(scan.toFile(), "rw")) {
            file.seek(200L << 20);
            file.write('x');
        }
        assertThat(build(home)).startsWith("built " + ShortSetHome.DEAL + ":");
    }

    /** What {@code closingset build} said, in the small heap; fails unless it succeeded. */
    private String build(Path home) throws Exception {
        Path log = home.resolve("build.log");
        Process build = ShortSetHome.start(home, log, SMALL_HEAP, "build");
        assertThat(build.waitFor()).as(Files.readString(log)).isZero();
        return Files.readString(log);
    }
}
