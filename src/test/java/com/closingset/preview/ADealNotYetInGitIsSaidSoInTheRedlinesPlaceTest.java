package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import com.closingset.deal.DealFile;
import com.closingset.review.ComparedVersion;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project not yet in git, a repository with no commit yet, and a deal file not yet committed are
 * the everyday states of a new deal, not faults: the page says each in the redline's place in a
 * lawyer's words (a new deal against the commit it is new since), where it gave git's own line
 * ({@code fatal: path 'deal/x.yaml' exists on disk, but not in 'HEAD'}). The documents are listed all
 * the same.
 */
class ADealNotYetInGitIsSaidSoInTheRedlinesPlaceTest {

    @Test
    void aProjectNotInAGitRepositoryIsSaidToBeSo(@TempDir Path home) throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        Path deal = CapstoneProject.at(home);
        assumeFalse(GitRepository.encloses(home), "the temporary folder is inside a git repository");

        SetReview.Reviewed reviewed = review(home, deal);

        assertThat(reviewed.redline().note())
                .isEqualTo("no redline: the project folder is not in a git repository, so it has no revision HEAD to compare with"
                        + " (git init, then git commit, make one)");
        assertThat(reviewed.titles()).as("the working tree's set still listed").hasSize(18);
    }

    @Test
    void aRepositoryWithNoCommitIsSaidToHaveNone(@TempDir Path home) throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        Path deal = CapstoneProject.at(home);
        GitRepository.run(home, "init", "-q");

        assertThat(review(home, deal).redline().note())
                .isEqualTo("no redline: the project's git repository has no commit yet (git commit makes one)");
    }

    @Test
    void aDealNotYetCommittedIsNewSinceTheLastCommit(@TempDir Path home) throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        Path deal = CapstoneProject.at(home);
        GitRepository.run(home, "init", "-q");
        GitRepository.run(home, "add", "templates");
        GitRepository.run(home, "commit", "-q", "-m", "the kit alone");
        String head = GitRepository.run(home, "rev-parse", "HEAD").strip();

        SetReview.Reviewed reviewed = review(home, deal);

        assertThat(reviewed.redline().note()).isEqualTo("new since the last commit, which has no deal/capstone-2007.yaml: every document above is new");
        assertThat(reviewed.redline().against()).isEqualTo("HEAD (" + ComparedVersion.shortened(head) + ")");
        assertThat(reviewed.redline().blackline()).as("nothing to compare, so no blackline").isEmpty();
        assertThat(reviewed.titles()).hasSize(18);
    }

    private static SetReview.Reviewed review(Path home, Path deal) throws Exception {
        try (SetReview review = new SetReview(home, home.resolve("templates"), Optional.empty(), "test")) {
            return review.review(new DealFile(deal, "deal/capstone-2007.yaml"), Optional.empty());
        }
    }
}
