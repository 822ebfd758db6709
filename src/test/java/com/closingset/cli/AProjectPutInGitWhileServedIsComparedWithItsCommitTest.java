package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lawyer who starts serve in a new project folder (closingset init makes no repository) and then
 * puts it in git, in another window, sees the page follow: first that the repository has no commit
 * yet, then the redline against the first commit. Before, serve watched no repository it did not
 * find at its start, and the page said "not in a git repository" for as long as it ran.
 */
class AProjectPutInGitWhileServedIsComparedWithItsCommitTest {
    private static final String NO_REPOSITORY = "no redline: the project folder is not in a git repository";

    @TempDir
    Path dir;

    @Test
    void thePageFollowsGitInitAndTheFirstCommit() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        Path home = ShortSetHome.make(dir.resolve("project"), ShortSetHome.capstone());
        assumeFalse(GitRepository.encloses(home),
                "the temporary folder is inside a git repository");

        try (ServedProject served = ServedProject.serve(home, dir.resolve("serve.log"), List.of())) {
            served.awaitPage(NO_REPOSITORY, Duration.ofSeconds(40));

            GitRepository.run(home, "init", "-q");
            served.awaitLog("the project folder is now a git repository", 1, Duration.ofSeconds(20));
            assertThat(served.awaitPage("no redline: the project&#39;s git repository has no commit yet", Duration.ofSeconds(40)))
                    .doesNotContain(NO_REPOSITORY);

            GitRepository.run(home, "add", "-A");
            GitRepository.run(home, "commit", "-q", "-m", "the first commit");
            served.awaitPage("no document differs from the last commit", Duration.ofSeconds(40));
        }
    }

    /**
     * git init makes {@code .git} before it writes what makes it a repository; a busy machine may let
     * serve look in between. Made here in two steps, a second apart: serve then found no repository,
     * and before, watching only the project folder, never heard of the rest.
     */
    @Test
    void aGitFolderThatIsNoRepositoryYetIsWatchedUntilItIsOne() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        Path home = ShortSetHome.make(dir.resolve("project"), ShortSetHome.capstone());
        assumeFalse(GitRepository.encloses(home), "the temporary folder is inside a git repository");

        try (ServedProject served = ServedProject.serve(home, dir.resolve("serve.log"), List.of())) {
            served.awaitPage(NO_REPOSITORY, Duration.ofSeconds(40));

            Files.createDirectory(home.resolve(".git"));
            Thread.sleep(1000);
            GitRepository.run(home, "init", "-q");
            served.awaitLog("the project folder is now a git repository", 1, Duration.ofSeconds(20));
            served.awaitPage("no redline: the project&#39;s git repository has no commit yet", Duration.ofSeconds(40));
        }
    }

    /** A repository removed (rm -rf .git) is said to be gone, and one made again in its place is followed as the first was. */
    @Test
    void aRepositoryRemovedAndMadeAgainIsFollowed() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        try (ServedProject served = ServedProject.start(dir)) {
            served.awaitPage("no document differs from the last commit", Duration.ofSeconds(40));

            try (var paths = Files.walk(served.home.resolve(".git"))) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            served.awaitLog("the project has no last commit now", 1, Duration.ofSeconds(20));
            served.awaitPage(NO_REPOSITORY, Duration.ofSeconds(40));

            GitRepository.run(served.home, "init", "-q");
            served.awaitLog("the project folder is now a git repository", 1, Duration.ofSeconds(20));
            GitRepository.run(served.home, "add", "-A");
            GitRepository.run(served.home, "commit", "-q", "-m", "the commit made again");
            served.awaitPage("no document differs from the last commit", Duration.ofSeconds(40));
        }
    }
}
