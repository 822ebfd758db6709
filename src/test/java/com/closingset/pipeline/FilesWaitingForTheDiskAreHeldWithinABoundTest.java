package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A set's files are made faster than the disk takes them (each is forced to disk before the set is
 * swapped in), and a file waiting for the disk holds its bytes: a 10,000-investor deal left some 400 MB
 * waiting and ran out of a 512 MB heap. Past a bound (32 MB) the next file waits for the disk instead.
 * Here 400 files of 1 MB are put as fast as they are made, in a heap of 96 MB. Checked so on a 2-core
 * machine: without the bound this ran out of memory.
 */
class FilesWaitingForTheDiskAreHeldWithinABoundTest {
    @TempDir
    Path dir;

    @Test
    void fourHundredMegabytesPutAtOnceAreWrittenInAHeapOf96Mb() throws Exception {
        ChildJvm.Ended written = ChildJvm.run("96m", ManyLargeFiles.class, dir.resolve("out.txt"),
                dir.resolve("set").toString(), "400", "1");

        assertThat(written.output()).isEqualTo("written" + System.lineSeparator());
        assertThat(written.exitValue()).isZero();
        try (var files = Files.list(dir.resolve("set"))) {
            assertThat(files.count()).isEqualTo(400);
        }
    }
}
