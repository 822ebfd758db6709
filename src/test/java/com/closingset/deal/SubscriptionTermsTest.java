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
        Deal deal = DealFixture.loader().load(DealFixture.VALID);
        assertThat(deal.value("subscription.short_sale_lookback_trading_days")).isEqualTo(10L);
        assertThat((java.math.BigDecimal) deal.value("subscription.control_threshold")).isEqualByComparingTo("0.2");
        assertThat(deal.value("subscription.transfer_agent")).isEqualTo("Mellon Investor Services LLC");
        assertThat(deal.value("subscription.dwac_business_days")).isEqualTo(1L);
        assertThat(deal.value("subscription.escrow_account.aba_number")).isEqualTo("031207607");
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
