package com.closingset.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subscription: section (Exhibit 10.1) reads into SubscriptionTerms and refuses what a lawyer would. */
class SubscriptionTermsTest {
    @TempDir
    Path dir;

    private String errorFor(String text) {
        return DealFixture.errorFor(dir, text);
    }

    @Test
    void theFixtureStatesTheFilingsTerms() throws Exception {
        SubscriptionTerms s = new DealLoader().load(DealFixture.VALID).subscription();
        assertThat(s.shortSaleLookbackTradingDays()).isEqualTo(10);
        assertThat(s.controlThreshold()).isEqualByComparingTo("0.2");
        assertThat(s.transferAgent()).isEqualTo("Mellon Investor Services LLC");
        assertThat(s.dwacBusinessDays()).isEqualTo(1);
        assertThat(s.escrowAccount().abaNumber()).isEqualTo("031207607");
    }

    @Test
    void aRoutingNumberHasNineDigits() {
        assertThat(errorFor(DealFixture.edited("aba_number: \"031207607\"", "aba_number: \"03120760\"")))
                .matches("deal/x\\.yaml:[0-9]+:[0-9]+: .*")
                .contains("subscription.escrow_account.aba_number: expected a nine-digit ABA routing number");
    }

    @Test
    void theDwacIsSetUpWithinDaysNotAtOnce() {
        assertThat(errorFor(DealFixture.edited("dwac_business_days: 1", "dwac_business_days: 0")))
                .contains("subscription.dwac_business_days: expected a whole number from 1 to 10, got \"0\"");
    }

}
