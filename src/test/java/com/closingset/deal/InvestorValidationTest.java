package com.closingset.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The investors must add up to the offering, each is named once, and a warrant count a deal file
 * states must be the offering's coverage of the investor's shares.
 */
class InvestorValidationTest {
    @TempDir
    Path dir;

    private String errorFor(String text) {
        return DealFixture.errorFor(dir, text);
    }

    @Test
    void theFixturesInvestorsAreReadInOrderAndNumbered() throws Exception {
        Deal deal = DealFixture.loader().load(DealFixture.VALID);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> investors = (List<Map<String, Object>>) deal.value("investors");
        assertThat(investors).extracting(i -> i.get("number")).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(investors.get(1).get("name")).isEqualTo("Redwood Crest Capital Partners LLC");
        assertThat(investors.get(1).get("warrant_shares")).isEqualTo(5_000_000L);
        assertThat(investors.get(0)).doesNotContainKey("warrant_shares");
    }

    @Test
    void sharesThatDoNotAddUpToTheOffering() {
        assertThat(errorFor(DealFixture.edited("    shares: 10,000,000\n", "    shares: 9,000,000\n")
                .replace("warrant_shares: 5,000,000", "warrant_shares: 4,500,000")))
                .isEqualTo("deal/x.yaml:176:3: investors: the investors' shares add up to 39000000, not the offering's "
                        + "40000000 shares (offering.shares)");
    }

    @Test
    void aWarrantCountThatIsNotTheStatedCoverage() {
        assertThat(errorFor(DealFixture.edited("warrant_shares: 5,000,000", "warrant_shares: 6,000,000")))
                .isEqualTo("deal/x.yaml:192:21: investors[1].warrant_shares: expected 5000000 (50% of 10000000 shares, "
                        + "rounded down), got 6000000");
    }

    @Test
    void anInvestorListedTwice() {
        assertThat(errorFor(DealFixture.edited("name: Pinecrest Strategic Investors, L.P.", "name: redwood crest capital partners llc")))
                .isEqualTo("deal/x.yaml:209:11: investors[4].name: the investor \"redwood crest capital partners llc\" is "
                        + "listed twice (as \"Redwood Crest Capital Partners LLC\" before: the same name but for case, spacing or width);"
                        + " list each investor once");
    }

    @Test
    void anInvestorWithoutShares() {
        assertThat(errorFor(DealFixture.edited("    shares: 10,000,000\n", "    shares: 0\n")))
                .startsWith("deal/x.yaml:191:13: investors[1].shares: expected a whole number above zero");
    }
}
