package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second {@code serve} of the output folder one is serving stops at once, in one line naming the
 * serve that has it and its page: two would both build every save, the second drawing again what
 * the first drew. A serve killed leaves the folder to the next; another output folder of the same
 * project is served beside it.
 */
class ASecondServeOfOneOutputFolderIsRefusedTest {
    @TempDir
    Path dir;

    @Test
    void theSecondSaysWhichServeHasTheFolder() throws Exception {
        try (ServedProject first = ServedProject.start(dir)) {
            Path log = dir.resolve("second.log");
            Process second = ShortSetHome.start(first.home, log, "serve", "--port", "0");
            try {
                assertThat(second.waitFor(1, TimeUnit.MINUTES)).as("the second serve stopped").isTrue();
            } finally {
                // A second serve that went on serving would outlive the test.
                second.destroyForcibly();
            }

            assertThat(second.exitValue()).isEqualTo(2);
            assertThat(Files.readString(log)).isEqualTo("closingset: " + first.home.resolve("output")
                    + ": already served by closingset serve (pid " + first.process.pid() + ") on " + first.url()
                    + ": open that page, or stop that serve (Ctrl-C where it runs) to serve this folder here\n");
            assertThat(first.log()).containsOnlyOnce("built in");
        }
    }

    @Test
    void aServeKilledLeavesTheFolderToTheNext() throws Exception {
        ServedProject first = ServedProject.start(dir);
        first.process.destroyForcibly().waitFor();

        try (ServedProject next = ServedProject.serve(first.home, dir.resolve("next.log"), List.of())) {
            assertThat(next.log()).contains("built in").doesNotContain("already served");
        }
    }

    @Test
    void anotherOutputFolderOfTheProjectIsServedBeside() throws Exception {
        try (ServedProject first = ServedProject.start(dir);
             ServedProject beside = ServedProject.serve(first.home, dir.resolve("beside.log"), List.of(),
                     "--out", dir.resolve("elsewhere").toString())) {
            beside.awaitLog("built in", 1, Duration.ofSeconds(40));
            assertThat(dir.resolve("elsewhere").resolve(ShortSetHome.DEAL).resolve("index.md")).isRegularFile();
        }
    }
}
