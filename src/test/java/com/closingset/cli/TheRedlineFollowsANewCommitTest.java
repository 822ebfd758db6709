package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's redline is against the last commit, whichever that is now: once the lawyer commits the
 * change they were previewing, the page compares the working tree with the new commit, with no save
 * and nothing built, and no longer shows the change as pending.
 */
class TheRedlineFollowsANewCommitTest {
    @TempDir
    Path dir;

    @Test
    void committingTheChangeClearsItFromTheRedline() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed: serve's project is a repository");
        try (ServedProject served = ServedProject.start(dir)) {
            Files.writeString(served.deal, ShortSetHome.capstoneAt("1.10"));
            served.awaitLog("built in", 2, Duration.ofSeconds(30));
            String pending = served.awaitPage("$1.14</del> <ins>$1.10", Duration.ofSeconds(30));
            assertThat(pending).doesNotContain("no document differs from the last commit");

            GitRepository.run(served.home, "commit", "-q", "-am", "price per unit 1.10");
            String head = GitRepository.run(served.home, "rev-parse", "HEAD").strip();

            served.awaitLog("the last commit is now " + head.substring(0, 12) + ": comparing the working tree with it again",
                    1, Duration.ofSeconds(30));
            String committed = served.awaitPage("no document differs from the last commit", Duration.ofSeconds(30));
            assertThat(committed).contains("HEAD (" + head.substring(0, 12) + ")").doesNotContain("<del>$1.14</del>");
            assertThat(served.log()).as("nothing built again for a commit").containsOnlyOnce("closingset: building: ");
        }
    }
}
