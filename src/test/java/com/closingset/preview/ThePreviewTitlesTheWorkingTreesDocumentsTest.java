package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import com.closingset.deal.DealFile;
import com.closingset.deal.DealFixture;
import com.closingset.layout.SetLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview lists the working tree's documents under the titles their PDFs carry, in the set's
 * order, the binder last: the same list whether the titles come with a redline against the last
 * commit or, with no commit to compare with, from the deal alone. A document only the last commit
 * has is in the redline, not in the list.
 */
class ThePreviewTitlesTheWorkingTreesDocumentsTest {
    private static final String FIFTH_WARRANT = "Warrant No. W-5 (Pinecrest Strategic Investors, L.P.)";

    @Test
    void anAddedInvestorsDocumentsAreListedInTheSetsOrder(@TempDir Path home) throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        SetReview.Reviewed reviewed = FifthInvestorProject.reviewed(home, false);

        assertThat(reviewed.name()).isEqualTo("Capstone Turbine Corporation registered direct offering of common stock and warrants");
        List<String> files = new ArrayList<>(reviewed.titles().keySet());
        // Each investor's warrant and subscription agreement together, as the build's index lists them.
        assertThat(files.subList(files.size() - 5, files.size())).containsExactly(SetLayout.pdf("warrant-04"),
                SetLayout.pdf("subscription-04"), SetLayout.pdf("warrant-05"), SetLayout.pdf("subscription-05"), SetLayout.BINDER);
        assertThat(reviewed.titles()).containsEntry(SetLayout.pdf("warrant-05"), FIFTH_WARRANT);
    }

    @Test
    void aDroppedInvestorsDocumentsAreNotListed(@TempDir Path home) throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        SetReview.Reviewed reviewed = FifthInvestorProject.reviewed(home, true);

        assertThat(reviewed.titles()).doesNotContainKey(SetLayout.pdf("warrant-05")).containsKey(SetLayout.pdf("warrant-04"));
        assertThat(reviewed.redline().documents()).extracting(PreviewState.ChangedDocument::title).contains(FIFTH_WARRANT);
    }

    @Test
    void withNoCommitTheListIsTheSame(@TempDir Path committed, @TempDir Path bare) throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        SetReview.Reviewed withRedline = FifthInvestorProject.reviewed(committed, false);
        Path deal = bare.resolve("deal/capstone-2007.yaml");
        Files.createDirectories(deal.getParent());
        Files.copy(committed.resolve("deal/capstone-2007.yaml"), deal);
        DealFixture.copyTemplates(bare.resolve("templates"));

        SetReview.Reviewed alone;
        try (SetReview review = new SetReview(bare, bare.resolve("templates"), Optional.empty(), "test")) {
            alone = review.review(new DealFile(deal, "deal/capstone-2007.yaml"), Optional.empty());
        }

        assertThat(alone.redline().note()).startsWith("no redline: ");
        assertThat(alone.dealId()).isEqualTo(withRedline.dealId());
        assertThat(alone.name()).isEqualTo(withRedline.name());
        assertThat(alone.titles()).containsExactlyEntriesOf(withRedline.titles());
    }
}
