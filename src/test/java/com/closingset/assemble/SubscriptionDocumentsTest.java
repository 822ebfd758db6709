package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import com.closingset.deal.DealLoader;
import com.closingset.figures.KitFigures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exhibit 10.1 is filed as a form with blanks where the investor's data goes; each investor's
 * subscription is the same template with its shares, warrants and price filled in.
 */
class SubscriptionDocumentsTest {
    private static List<AssembledDocument> docs;

    @BeforeAll
    static void assemble() throws Exception {
        Path templates = Path.of("templates");
        Deal deal = DealFixture.loader().load(DealFixture.VALID);
        docs = new DocumentAssembler(Manifest.load(DealFixture.KIT, DealFixture.kit()), new TemplateEngine(DealFixture.KIT)).assemble(deal);
    }

    private static String markdown(String output) {
        return docs.stream().filter(d -> d.output().equals(output)).findFirst().orElseThrow().markdown();
    }

    @Test
    void theFiledFormLeavesTheInvestorsFiguresBlank() {
        String form = markdown("ex-10.1-subscription");
        assertThat(form).contains("Number of Shares: \\_\\_\\_")
                .contains("Aggregate Purchase Price: $ \\_\\_\\_")
                .contains("(such number to be equal to 50% of the number of Shares being purchased by the Investor, "
                        + "rounded down to the nearest whole number)")
                .contains("Purchase Price Per Security: $1.14")
                .contains("acts as counsel to the Placement Agent");
    }

    @Test
    void anInvestorsSubscriptionStatesItsSharesWarrantsAndPrice() {
        // Redwood Crest, the second investor: 10,000,000 shares at $1.14, 50% coverage.
        String sub = markdown("subscription-02");
        assertThat(sub).contains("Number of Shares: 10,000,000\n")
                .contains("Number of Warrants: 5,000,000\n")
                .contains("Aggregate Purchase Price: $11,400,000\n")
                .contains("Print Name: Daniel K. Osei\\\n")
                .contains("Name that Securities are to be registered: Redwood Crest Capital Partners LLC\n")
                .contains("Mailing Address: 1 Embarcadero Plaza, Suite 900, San Francisco, California 94111\n")
                .contains("Warrant No. W-2");
    }

    @Test
    void anEscrowAgentThatIsNotThePlacementAgentsCounselNeedsNoWaiver(@TempDir Path dir) throws Exception {
        Path file = DealFixture.write(dir, "d.yaml", DealFixture.edited("escrow_agent:\n  name: Lowenstein Sandler PC",
                "escrow_agent:\n  name: Granite Ledger Trust Company"));
        Deal deal = DealFixture.loader().load(file);
        Path templates = Path.of("templates");
        String form = new DocumentAssembler(Manifest.load(DealFixture.KIT, DealFixture.kit()), new TemplateEngine(DealFixture.KIT))
                .assemble(deal).stream().filter(d -> d.output().equals("ex-10.1-subscription"))
                .findFirst().orElseThrow().markdown();
        assertThat(form).contains("between Granite Ledger Trust Company (the “*Escrow Agent*”)")
                .doesNotContain("acts as counsel to the Placement Agent");
    }
}
