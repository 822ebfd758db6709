package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import com.closingset.deal.DealFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deal file renamed since the last commit holds the same deal (its id, which names its output):
 * its redline is against the file it was renamed from, said so, and that file is not listed as a
 * deal removed. A file of another deal beside a removed one is a new deal and a removal, not a rename.
 */
class ARenamedDealFileIsRedlinedAgainstItsOldNameTest {
    @TempDir
    Path home;

    @BeforeEach
    void committed() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        CapstoneProject.at(home);
        CapstoneProject.commit(home, "deal");
    }

    @Test
    void theRedlineIsAgainstTheOldFileAndSaysSo() throws Exception {
        Path renamed = renamed("capstone-2007");

        try (SetReview review = review()) {
            PreviewState.RedlineView redline = review.review(new DealFile(renamed, "deal/capstone.yaml"), Optional.empty()).redline();

            assertThat(redline.note()).isEqualTo("renamed since the last commit, from deal/capstone-2007.yaml");
            assertThat(redline.changed()).as("the price changed in the renamed file").isPositive();
            assertThat(String.join("", redline.documents().get(0).passages())).contains("<del>$1.14</del> <ins>$1.19</ins>");
            assertThat(review.removed("deal", List.of(new DealFile(renamed, "deal/capstone.yaml")), List.of("capstone-2007"))).isEmpty();
        }
    }

    @Test
    void aFileOfAnotherDealIsNewAndTheOldOneRemoved() throws Exception {
        Path other = renamed("capstone-2008");

        try (SetReview review = review()) {
            PreviewState.RedlineView redline = review.review(new DealFile(other, "deal/capstone.yaml"), Optional.empty()).redline();

            assertThat(redline.note()).isEqualTo("new since the last commit, which has no deal/capstone.yaml: every document above is new");
            assertThat(review.removed("deal", List.of(new DealFile(other, "deal/capstone.yaml")), List.of("capstone-2008")))
                    .extracting(PreviewState.RemovedDeal::file).containsExactly("deal/capstone-2007.yaml");
        }
    }

    @Test
    void aCommittedFileGivenTheIdOfARemovedOneIsNoRename() throws Exception {
        Path second = home.resolve("deal/second.yaml");
        Files.writeString(second, Files.readString(home.resolve("deal/capstone-2007.yaml")).replace("id: capstone-2007", "id: second-2007"));
        GitRepository.run(home, "add", "-A");
        GitRepository.run(home, "commit", "-q", "-m", "a second deal");
        Files.delete(home.resolve("deal/capstone-2007.yaml"));
        Files.writeString(second, Files.readString(second).replace("id: second-2007", "id: capstone-2007"));

        try (SetReview review = review()) {
            assertThat(review.removed("deal", List.of(new DealFile(second, "deal/second.yaml")), List.of("capstone-2007")))
                    .as("a file the commit has is compared with itself, so the removal is still said")
                    .extracting(PreviewState.RemovedDeal::file).containsExactly("deal/capstone-2007.yaml");
        }
    }

    /** The committed deal moved to deal/capstone.yaml, its price changed and its id made {@code id}. */
    private Path renamed(String id) throws Exception {
        Path to = home.resolve("deal/capstone.yaml");
        String text = Files.readString(home.resolve("deal/capstone-2007.yaml"));
        Files.delete(home.resolve("deal/capstone-2007.yaml"));
        Files.writeString(to, text.replace("price_per_unit: 1.14", "price_per_unit: 1.19").replace("id: capstone-2007", "id: " + id));
        return to;
    }

    private SetReview review() {
        return new SetReview(home, home.resolve("templates"), Optional.empty(), "test");
    }
}
