package com.closingset.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import com.closingset.deal.DealLoader;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Capstone filing's figures come out exactly as printed, each from the deal model. */
class FiguresTest {
    @TempDir
    Path dir;

    private Figures capstone() throws Exception {
        return Figures.of(new DealLoader().load(DealFixture.VALID));
    }

    private Figures edited(String from, String to) throws Exception {
        Deal deal = new DealLoader().load(DealFixture.write(dir, "d.yaml", DealFixture.edited(from, to)));
        return Figures.of(deal);
    }

    @Test
    void grossProceedsAreSharesTimesPrice() throws Exception {
        assertThat(capstone().grossProceeds()).isEqualByComparingTo("45600000.00"); // 40,000,000 x $1.14
    }

    @Test
    void feesAreTheirRatesOfGrossProceeds() throws Exception {
        Figures f = capstone();
        assertThat(f.placementFee()).isEqualByComparingTo("2188800.00"); // 4.8%
        assertThat(f.advisoryFee()).isEqualByComparingTo("547200.00");   // 1.2%
        assertThat(f.totalFees()).isEqualByComparingTo("2736000.00");
    }

    @Test
    void netProceedsAreGrossLessFeesAndExpenses() throws Exception {
        Figures f = capstone();
        assertThat(f.netProceeds()).isEqualByComparingTo("42514000.00"); // 45,600,000 - 2,736,000 - 350,000
        assertThat(f.netProceedsApprox()).isEqualByComparingTo("42500000"); // "approximately $42.5 million"
    }

    @Test
    void warrantSharesAreCoverageTimesShares() throws Exception {
        assertThat(capstone().warrantShares()).isEqualTo(20_000_000L);
    }

    @Test
    void proFormaCashIsCashPlusApproximateNetProceeds() throws Exception {
        assertThat(capstone().proFormaCash()).isEqualByComparingTo("68000000"); // $25.5 + $42.5 = $68.0 million
    }

    @Test
    void cashChangeIsTheDecreaseOverTheQuarter() throws Exception {
        assertThat(capstone().cashChange()).isEqualByComparingTo("-13900000"); // $39.4 to $25.5 million
    }

    @Test
    void growthIsRoundedHalfUpToAWholePercent() throws Exception {
        Figures f = capstone();
        assertThat(f.revenueGrowth()).isEqualByComparingTo("0.97");  // 5.7 / 2.9 - 1 = 96.55%
        assertThat(f.backlogGrowth()).isEqualByComparingTo("0.19");  // 8.1 / 6.8 - 1 = 19.12%
    }

    @Test
    void growthOfExactlyHalfAPercentRoundsUpNotToEven() {
        // 0.125 is 12.5%: half-even would give 12%, the published figure is 13%.
        assertThat(Figures.growth(new BigDecimal("1.125"), BigDecimal.ONE)).isEqualByComparingTo("0.13");
    }

    @Test
    void approximateNetProceedsRoundHalfUpNotToEven() throws Exception {
        // Net 42,450,000.00 exactly: half-up gives $42.5 million, half-even would give $42.4 million.
        Figures f = edited("estimated_expenses: 350,000", "estimated_expenses: 414,000");
        assertThat(f.netProceeds()).isEqualByComparingTo("42450000.00");
        assertThat(f.netProceedsApprox()).isEqualByComparingTo("42500000");
    }

    @Test
    void aFeeOfExactlyHalfACentRoundsUpNotToEven() throws Exception {
        // 10 units at $1.25 is $12.50; a 1% fee is $0.125 exactly: half-up $0.13, half-even would give $0.12.
        String text = DealFixture.withShares(DealFixture.validText(), "10")
                .replace("price_per_unit: 1.14", "price_per_unit: 1.25")
                .replace("advisory_fee: 1.2%", "advisory_fee: 1%");
        Figures f = Figures.of(new DealLoader().load(DealFixture.write(dir, "tie.yaml", text)));
        assertThat(f.grossProceeds()).isEqualByComparingTo("12.50");
        assertThat(f.advisoryFee()).isEqualByComparingTo("0.13");
        assertThat(f.placementFee()).isEqualByComparingTo("0.60"); // 4.8% of 12.50
    }

    @Test
    void warrantSharesObeyTheDealsRoundingRule() throws Exception {
        // 3 shares at 50% coverage is 1.5 warrant shares.
        String three = DealFixture.withShares(DealFixture.validText(), "3");
        assertThat(Figures.of(new DealLoader().load(DealFixture.write(dir, "down.yaml", three))).warrantShares()).isEqualTo(1L);
        assertThat(Figures.of(new DealLoader().load(DealFixture.write(dir, "up.yaml",
                three.replace("warrant_rounding: down", "warrant_rounding: up")))).warrantShares()).isEqualTo(2L);
        assertThat(Figures.of(new DealLoader().load(DealFixture.write(dir, "half.yaml",
                three.replace("warrant_rounding: down", "warrant_rounding: half-up")))).warrantShares()).isEqualTo(2L);
    }
}
