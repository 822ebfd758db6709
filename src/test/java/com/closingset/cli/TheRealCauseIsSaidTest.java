package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.layout.SetLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that fails on the file system says, on one line, what it was doing, to which file, the
 * system's reason, and that the previous output is unchanged; and it is.
 */
class TheRealCauseIsSaidTest {
    private static final String DEAL = ShortSetHome.DEAL;

    @TempDir
    Path dir;

    @Test
    void aFullDiskIsNamedAsSuch() throws Exception {
        Path home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstoneAt("1.14"));
        try (FileSystemFaults faults = new FileSystemFaults(dir.resolve("disk"))) {
            Optional<Path> disk = faults.smallDisk(dir.resolve("disk"), 4096);
            assumeTrue(disk.isPresent(), faults.why());
            Path root = disk.get().resolve("output");
            assertThat(build(home, root).code).isZero();
            Map<String, String> before = ShortSetHome.contents(root.resolve(DEAL));
            // All but 40 KB taken: not room for a second set beside the first.
            long free = Files.getFileStore(disk.get()).getUsableSpace();
            Files.write(disk.get().resolve("filler"), new byte[(int) Math.max(0, free - 40_000)]);

            Files.writeString(home.resolve("deal/" + DEAL + ".yaml"), ShortSetHome.capstoneAt("1.17"));
            Result full = build(home, root);

            assertThat(full.code).isEqualTo(2);
            assertThat(full.err).matches("closingset: cannot write .*/output/\\.capstone-2007\\.new-[0-9]+/[^/:]+:"
                    + " No space left on device; the previous output is unchanged\\R");
            assertThat(ShortSetHome.contents(root.resolve(DEAL))).isEqualTo(before);
            assertThat(hidden(root)).isEmpty();
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedWithTheReason() throws Exception {
        Path home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstoneAt("1.14"));
        Path root = home.resolve("output");
        assertThat(build(home, root).code).isZero();
        Map<String, String> before = ShortSetHome.contents(root.resolve(DEAL));
        try (FileSystemFaults faults = new FileSystemFaults(root)) {
            assumeTrue(faults.cannotWriteIn(root), faults.why());
            Files.writeString(home.resolve("deal/" + DEAL + ".yaml"), ShortSetHome.capstoneAt("1.17"));
            Result denied = build(home, root);

            assertThat(denied.code).isEqualTo(2);
            assertThat(denied.err).matches("closingset: cannot create a folder in .*/output: (Operation not permitted"
                    + "|Permission denied|permission denied); the previous output is unchanged\\R");
        }
        assertThat(ShortSetHome.contents(root.resolve(DEAL))).isEqualTo(before);
    }

    private record Result(int code, String err) {
    }

    private static Result build(Path home, Path root) {
        StringWriter err = new StringWriter();
        int code = InProject.run(home, new PrintWriter(new StringWriter()), new PrintWriter(err, true), "build", "--quiet",
                "--out", root.toString());
        return new Result(code, err.toString());
    }

    private static java.util.List<String> hidden(Path root) throws IOException {
        try (Stream<Path> listed = Files.list(root)) {
            return listed.map(p -> p.getFileName().toString())
                    .filter(n -> SetLayout.SCRATCH.matcher(n).matches()).toList();
        }
    }
}
