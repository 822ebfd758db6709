package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import com.closingset.layout.SetLayout;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An investor added in the working tree brings a warrant and a subscription agreement the last
 * commit did not have. The preview's redline lists them as new since the last commit, each with a
 * blackline, after the documents the addition changed, in the set's order.
 */
class ADocumentOnlyTheWorkingTreeHasIsMarkedNewInTheRedlineTest {
    @Test
    void anAddedInvestorsDocumentsAreListedAsNew(@TempDir Path home) throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        SetReview.Reviewed reviewed = FifthInvestorProject.reviewed(home, false);

        PreviewState.RedlineView redline = reviewed.redline();
        assertThat(redline.documents()).hasSize(redline.changed());
        assertThat(redline.documents()).extracting(c -> c.state() + ": " + c.title()).containsExactly(
                "changed: Warrant No. W-4 (Lakeshore Growth Equity Trust)",
                "changed: Subscription Agreement of Lakeshore Growth Equity Trust",
                "inserted: Warrant No. W-5 (Pinecrest Strategic Investors, L.P.)",
                "inserted: Subscription Agreement of Pinecrest Strategic Investors, L.P.");
        assertThat(redline.documents()).filteredOn(c -> c.state().equals("inserted"))
                .allSatisfy(c -> assertThat(c.passages()).isNotEmpty())
                .extracting(PreviewState.ChangedDocument::blackline)
                .containsExactly("/redline/capstone-2007/" + SetLayout.redlinePdf("warrant-05"),
                        "/redline/capstone-2007/" + SetLayout.redlinePdf("subscription-05"));
        assertThat(reviewed.redlines()).containsKeys(SetLayout.redlinePdf("warrant-05"), SetLayout.redlinePdf("subscription-05"));
        assertThat(PreviewPage.render(new PreviewState(1, List.of(new PreviewState.DealView("capstone-2007", "Capstone",
                List.of(), new PreviewState.DocumentView("Closing set", SetLayout.BINDER, "/b", 1, ""), List.of(), redline)), "", false), "test"))
                .contains("Warrant No. W-5 (Pinecrest Strategic Investors, L.P.) <span class=\"mark\">new since the last commit</span>");
    }
}
