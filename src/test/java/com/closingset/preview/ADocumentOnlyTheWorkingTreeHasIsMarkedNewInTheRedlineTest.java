package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import com.closingset.deal.DealFile;
import com.closingset.deal.DealFixture;
import com.closingset.layout.SetLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An investor added in the working tree brings a warrant and a subscription agreement the last
 * commit did not have. The preview's redline lists them as new since the last commit, each with a
 * blackline, after the documents the addition changed, in the set's order.
 */
class ADocumentOnlyTheWorkingTreeHasIsMarkedNewInTheRedlineTest {
    private static final String LAST = """
              - name: Pinecrest Strategic Investors, L.P.
                contact: Elena V. Marchetti
                address:
                  street: 2200 Ross Avenue, Suite 3800
                  city: Dallas
                  state: Texas
                  postal_code: "75201"
                shares: 4,000,000
            """;

    @Test
    void anAddedInvestorsDocumentsAreListedAsNew(@TempDir Path home) throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed");
        String full = Files.readString(Path.of("deal/capstone-2007.yaml"));
        assertThat(full).as("the last investor and the one before, as the test reads them")
                .contains("    shares: 6,000,000\n" + LAST);
        Path deal = home.resolve("deal/capstone-2007.yaml");
        Files.createDirectories(deal.getParent());
        // The last commit has four investors, the fourth taking the fifth's shares.
        Files.writeString(deal, full.replace("    shares: 6,000,000\n" + LAST, "    shares: 10,000,000\n"));
        DealFixture.copyTemplates(home.resolve("templates"));
        GitRepository.run(home, "init", "-q");
        GitRepository.run(home, "add", "-A");
        GitRepository.run(home, "commit", "-q", "-m", "deal");
        Files.writeString(deal, full);

        SetReview.Reviewed reviewed = new SetReview(home, home.resolve("templates"), Optional.empty(), "test")
                .review(new DealFile(deal, "deal/capstone-2007.yaml"));

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
                List.of(), new PreviewState.DocumentView("Closing set", SetLayout.BINDER, "/b", 1, false), redline)), "", false)))
                .contains("Warrant No. W-5 (Pinecrest Strategic Investors, L.P.) <span class=\"mark\">new since the last commit</span>");
    }
}
