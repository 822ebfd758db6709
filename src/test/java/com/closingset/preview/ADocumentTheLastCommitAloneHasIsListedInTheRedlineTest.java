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
 * An investor dropped from the working tree's deal takes their warrant and subscription agreement
 * out of the set. The preview's redline names them with the documents that changed, marked as no
 * longer in the set and with their blacklines served, as the count above the list says.
 */
class ADocumentTheLastCommitAloneHasIsListedInTheRedlineTest {
    @Test
    void aDroppedInvestorsDocumentsAreListedAsNoLongerInTheSet(@TempDir Path home) throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        SetReview.Reviewed reviewed = FifthInvestorProject.reviewed(home, true);

        PreviewState.RedlineView redline = reviewed.redline();
        assertThat(redline.documents()).hasSize(redline.changed());
        assertThat(redline.documents()).filteredOn(c -> c.state().equals("deleted"))
                .extracting(PreviewState.ChangedDocument::blackline)
                .containsExactly("/redline/capstone-2007/" + SetLayout.redlinePdf("warrant-05"),
                        "/redline/capstone-2007/" + SetLayout.redlinePdf("subscription-05"));
        assertThat(redline.documents()).filteredOn(c -> c.state().equals("deleted"))
                .allSatisfy(c -> assertThat(c.passages()).isNotEmpty());
        assertThat(reviewed.redlines()).containsKeys(SetLayout.redlinePdf("warrant-05"), SetLayout.redlinePdf("subscription-05"));
        assertThat(redline.documents()).extracting(c -> c.state() + ": " + c.title()).containsExactly(
                "changed: Warrant No. W-4 (Lakeshore Growth Equity Trust)",
                "changed: Subscription Agreement of Lakeshore Growth Equity Trust",
                "deleted: Warrant No. W-5 (Pinecrest Strategic Investors, L.P.)",
                "deleted: Subscription Agreement of Pinecrest Strategic Investors, L.P.");
        assertThat(PreviewPage.render(new PreviewState(1, List.of(new PreviewState.DealView("capstone-2007", "Capstone",
                List.of(), new PreviewState.DocumentView("Closing set", SetLayout.BINDER, "/b", 1, ""), List.of(), redline)), "", false), "test"))
                .contains("Warrant No. W-5 (Pinecrest Strategic Investors, L.P.) <span class=\"mark\">no longer in the set</span>");
    }
}
