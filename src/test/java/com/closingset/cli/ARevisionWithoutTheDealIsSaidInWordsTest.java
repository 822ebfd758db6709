package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import com.closingset.deal.DealFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code closingset redline --rev} when the revision cannot give the deal for a reason a lawyer meets
 * every day (the project not in git, no commit yet, the deal file added since) says which in one
 * line, where it gave git's ({@code fatal: path 'deal/x.yaml' exists on disk, but not in 'HEAD'});
 * exit code 2, and no redline folder.
 */
class ARevisionWithoutTheDealIsSaidInWordsTest {
    @TempDir
    Path home;

    private final StringWriter err = new StringWriter();

    @Test
    void aDealFileAddedSinceTheRevisionIsSaidToBeNotInIt() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        GitRepository.run(home, "init", "-q");
        GitRepository.run(home, "add", "templates");
        GitRepository.run(home, "commit", "-q", "-m", "the kit alone");

        assertThat(redline("HEAD..")).isEqualTo(2);
        assertThat(err).hasToString("closingset: HEAD:deal/x.yaml: not in that revision: added since, or named otherwise there\n");
        assertThat(home.resolve("redline")).doesNotExist();
    }

    @Test
    void aRepositoryWithNoCommitIsSaidToHaveNone() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        GitRepository.run(home, "init", "-q");

        assertThat(redline("HEAD~1..")).isEqualTo(2);
        assertThat(err).hasToString("closingset: HEAD~1:deal/x.yaml: the project's git repository has no commit yet (git commit makes one)\n");
    }

    @Test
    void aProjectNotInGitIsSaidToBeSo() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        assumeFalse(GitRepository.encloses(home),
                "the temporary folder is inside a git repository");

        assertThat(redline("HEAD~1..")).isEqualTo(2);
        assertThat(err).hasToString("closingset: HEAD~1:deal/x.yaml: the project folder is not in a git repository, so it has no"
                + " revision HEAD~1 to compare with (git init, then git commit, make one)\n");
    }

    @BeforeEach
    void kit() throws Exception {
        DealFixture.copyTemplates(home.resolve("templates"));
        Files.createDirectories(home.resolve("deal"));
    }

    private int redline(String range) {
        Path deal = DealFixture.write(home.resolve("deal"), "x.yaml", DealFixture.validText());
        return InProject.run(home, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "redline", "--rev", range, deal.toString());
    }
}
