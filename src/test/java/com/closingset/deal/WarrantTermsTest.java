package com.closingset.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warrant: section is read whole and checked as a lawyer would (positive day counts, a cap below 100%). */
class WarrantTermsTest {
    @TempDir
    Path dir;

    private String errorFor(String text) {
        return DealFixture.errorFor(dir, text);
    }

    @Test
    void theFilingsTermsAreRead() throws Exception {
        Deal deal = DealFixture.loader().load(DealFixture.VALID);
        assertThat(deal.value("warrant.delivery_trading_days")).isEqualTo(3L);
        assertThat((java.math.BigDecimal) deal.value("warrant.maximum_percentage")).isEqualByComparingTo("0.09999");
        assertThat(deal.value("warrant.expiration_time")).isEqualTo(LocalTime.of(17, 0));
        assertThat(deal.value("warrant.notices.facsimile")).isEqualTo("(818) 734-5321");
        assertThat(deal.value("warrant.notices.cutoff_time")).isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    void aCapOfOneHundredPercentIsNoCap() {
        assertThat(errorFor(DealFixture.edited("maximum_percentage: 9.999%", "maximum_percentage: 100%")))
                .matches("deal/x\\.yaml:\\d+:\\d+: warrant\\.maximum_percentage: expected a beneficial ownership cap below 100%, got 100%");
    }

    @Test
    void aDeliveryPeriodOfNoDays() {
        assertThat(errorFor(DealFixture.edited("delivery_trading_days: 3", "delivery_trading_days: 0")))
                .matches("deal/x\\.yaml:\\d+:\\d+: warrant\\.delivery_trading_days: expected a whole number from 1 to 30, got \"0\"");
    }

    @Test
    void aMisspeltNoticeField() {
        assertThat(errorFor(DealFixture.edited("    facsimile: (818) 734-5321", "    facsimle: (818) 734-5321")))
                .contains("warrant.notices.facsimle: unknown field; did you mean \"facsimile\"");
    }
}
