package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve stopped while its redline waits on git (held here by a {@link HeldGit}; in life, a partial
 * clone fetching what it lacks) ends that git too: nothing serve started outlives it.
 */
class ServeLeavesNoGitRunningWhenItStopsTest {
    @TempDir
    Path dir;

    @Test
    void theGitOfAComparisonUnderWayEndsWithServe() throws Exception {
        HeldGit git = HeldGit.in(dir);
        try {
            try (ServedProject served = git.serve(dir, h -> { })) {
                served.awaitPage("no document differs from the last commit", Duration.ofSeconds(30));
                git.close();
                Files.writeString(served.deal, ShortSetHome.capstoneAt("1.10"));
                served.awaitPage(TheRedlineOfTheSaveBeforeIsSaidToBeSoUntilTheNewOneIsReadyTest.AGAIN, Duration.ofSeconds(30));
                // The page says "comparing again" once the build is in, a moment before the comparison reaches git.
                awaitRunning(git, true);
                assertThat(git.running()).as("the comparison waits on git").isTrue();

                served.process.destroy();
                assertThat(served.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(served.log()).contains("stopped serving");
            }
            awaitRunning(git, false);
            assertThat(git.running()).as("a git serve started is still running").isFalse();
        } finally {
            Files.deleteIfExists(git.gate);
        }
    }

    /** Waits up to 30 s for the held git to be running, or not. */
    private static void awaitRunning(HeldGit git, boolean running) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (git.running() != running && System.nanoTime() < until) {
            Thread.sleep(50);
        }
    }
}
