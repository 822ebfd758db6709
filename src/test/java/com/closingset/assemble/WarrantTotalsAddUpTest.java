package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import com.closingset.figures.KitFigures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warrant coverage rounded one investor at a time: each of two investors buys 1,000,001 shares at
 * 50%, so each warrant is for 500,000 shares (half a share dropped), 1,000,000 in all, though 50% of
 * the 2,000,002 shares sold is 1,000,001. Every document that states the warrant shares sold states
 * what the numbered warrants add up to.
 */
class WarrantTotalsAddUpTest {
    @TempDir
    static Path dir;
    private static List<AssembledDocument> documents;
    private static KitFigures figures;

    @BeforeAll
    static void assemble() throws Exception {
        String investor = "  - name: %s\n    address:\n      street: 1 Main Street\n      city: Dover\n      state: Delaware\n"
                + "      postal_code: \"19901\"\n    shares: 1,000,001\n";
        String text = DealFixture.validText().replace("shares: 40,000,000", "shares: 2,000,002")
                .replace("estimated_expenses: 350,000", "estimated_expenses: 0.01")
                .replaceFirst("(?ms)^investors:\\n.*?(?=^[a-z#])", java.util.regex.Matcher.quoteReplacement(
                        "investors:\n" + investor.formatted("First Odd Lot LLC") + investor.formatted("Second Odd Lot LLC")));
        Deal deal = DealFixture.loader().load(DealFixture.write(dir, "odd.yaml", text), "deal/odd.yaml");
        figures = KitFigures.of(deal);
        documents = KitTemplates.of(deal.kit(), 1).assemble(deal);
    }

    @Test
    void eachWarrantDropsItsHalfShare() {
        assertThat(figures.allocations()).extracting(KitFigures.Allocation::warrantShares).containsExactly(500_000L, 500_000L);
        assertThat(figures.warrantShares()).isEqualTo(1_000_000L);
    }

    @Test
    void theEightKThePressReleaseTheAgreementAndTheOpinionStateTheSumOfTheWarrants() {
        for (String output : List.of("8-k", "ex-99.1-press-release-offering", "ex-1.1-placement-agency-agreement", "ex-5.3-opinion")) {
            String markdown = documents.stream().filter(d -> d.output().equals(output)).findFirst().orElseThrow().markdown();
            assertThat(markdown).as(output).contains("1,000,000").doesNotContain("1,000,001");
        }
    }
}
