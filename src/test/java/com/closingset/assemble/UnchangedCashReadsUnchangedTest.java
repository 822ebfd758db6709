package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cash balance whose change rounds to nothing at a tenth of a million reads as unchanged, not "an increase of $0.0 million". */
class UnchangedCashReadsUnchangedTest {
    @TempDir
    Path dir;

    private String resultsRelease(String cash, String priorCash) throws Exception {
        String text = DealFixture.edited("  cash: 25.5 million", "  cash: " + cash).replace("  prior_cash: 39.4 million", "  prior_cash: " + priorCash);
        Deal deal = DealFixture.loader().load(DealFixture.write(dir, "cash.yaml", text), "deal/cash.yaml");
        return KitTemplates.of(deal.kit(), 1).assemble(deal).stream().filter(d -> d.output().equals("ex-99.2-press-release-results"))
                .findFirst().orElseThrow().markdown();
    }

    @Test
    void aBalanceThatDidNotChangeReadsUnchanged() throws Exception {
        assertThat(resultsRelease("25,510,000", "25,480,000"))
                .contains("balance to remain unchanged at approximately $25.5 million as of")
                .doesNotContain("$0.0 million");
    }

    @Test
    void aBalanceThatChangedSaysByHowMuch() throws Exception {
        assertThat(resultsRelease("25.5 million", "25.3 million"))
                .contains("balance to increase by approximately $0.2 million to $25.5 million");
    }
}
