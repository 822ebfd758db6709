package com.closingset.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import com.closingset.deal.DealLoader;
import com.closingset.figures.KitFigures.Allocation;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Capstone filing's figures come out exactly as printed, each from the deal model. */
class FiguresTest {
    @TempDir
    Path dir;

    private KitFigures capstone() throws Exception {
        return KitFigures.of(DealFixture.loader().load(DealFixture.VALID));
    }

    private KitFigures edited(String from, String to) throws Exception {
        Deal deal = DealFixture.loader().load(DealFixture.write(dir, "d.yaml", DealFixture.edited(from, to)));
        return KitFigures.of(deal);
    }

    @Test
    void grossProceedsAreSharesTimesPrice() throws Exception {
        assertThat(capstone().grossProceeds()).isEqualByComparingTo("45600000.00"); // 40,000,000 x $1.14
    }

    @Test
    void feesAreTheirRatesOfGrossProceeds() throws Exception {
        KitFigures f = capstone();
        assertThat(f.placementFee()).isEqualByComparingTo("2188800.00"); // 4.8%
        assertThat(f.advisoryFee()).isEqualByComparingTo("547200.00");   // 1.2%
        assertThat(f.totalFees()).isEqualByComparingTo("2736000.00");
    }

    @Test
    void netProceedsAreGrossLessFeesAndExpenses() throws Exception {
        KitFigures f = capstone();
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
        KitFigures f = capstone();
        assertThat(f.revenueGrowth()).isEqualByComparingTo("0.97");  // 5.7 / 2.9 - 1 = 96.55%
        assertThat(f.backlogGrowth()).isEqualByComparingTo("0.19");  // 8.1 / 6.8 - 1 = 19.12%
    }

    @Test
    void growthOfExactlyHalfAPercentRoundsUpNotToEven() throws Exception {
        // 0.125 is 12.5%: half-even would give 12%, the published figure is 13%.
        String text = DealFixture.edited("revenue: 5.7 million", "revenue: 1,125,000")
                .replace("prior_revenue: 2.9 million", "prior_revenue: 1,000,000");
        assertThat(KitFigures.of(DealFixture.loader().load(DealFixture.write(dir, "g.yaml", text))).revenueGrowth())
                .isEqualByComparingTo("0.13");
    }

    @Test
    void approximateNetProceedsRoundHalfUpNotToEven() throws Exception {
        // Net 42,450,000.00 exactly: half-up gives $42.5 million, half-even would give $42.4 million.
        KitFigures f = edited("estimated_expenses: 350,000", "estimated_expenses: 414,000");
        assertThat(f.netProceeds()).isEqualByComparingTo("42450000.00");
        assertThat(f.netProceedsApprox()).isEqualByComparingTo("42500000");
    }

    @Test
    void aFeeOfExactlyHalfACentRoundsUpNotToEven() throws Exception {
        // 10 units at $1.25 is $12.50; a 1% fee is $0.125 exactly: half-up $0.13, half-even would give $0.12.
        String text = DealFixture.withShares(DealFixture.validText(), "10")
                .replace("price_per_unit: 1.14", "price_per_unit: 1.25")
                .replace("advisory_fee: 1.2%", "advisory_fee: 1%");
        KitFigures f = KitFigures.of(DealFixture.loader().load(DealFixture.write(dir, "tie.yaml", text)));
        assertThat(f.grossProceeds()).isEqualByComparingTo("12.50");
        assertThat(f.advisoryFee()).isEqualByComparingTo("0.13");
        assertThat(f.placementFee()).isEqualByComparingTo("0.60"); // 4.8% of 12.50
    }

    @Test
    void warrantSharesObeyTheDealsRoundingRule() throws Exception {
        // 3 shares at 50% coverage is 1.5 warrant shares.
        String three = DealFixture.withShares(DealFixture.validText(), "3");
        assertThat(KitFigures.of(DealFixture.loader().load(DealFixture.write(dir, "down.yaml", three))).warrantShares()).isEqualTo(1L);
        assertThat(KitFigures.of(DealFixture.loader().load(DealFixture.write(dir, "up.yaml",
                three.replace("warrant_rounding: down", "warrant_rounding: up")))).warrantShares()).isEqualTo(2L);
        assertThat(KitFigures.of(DealFixture.loader().load(DealFixture.write(dir, "half.yaml",
                three.replace("warrant_rounding: down", "warrant_rounding: half-up")))).warrantShares()).isEqualTo(2L);
    }

    @Test
    void theWarrantsExpireTheDayBeforeTheTermsAnniversaryOfTheirIssueAtTheClosing() throws Exception {
        // Issued at the closing, January 24, 2007, for five years: the filing's "January 23, 2012".
        assertThat(capstone().warrantExpiration()).isEqualTo(java.time.LocalDate.of(2012, 1, 23));
        assertThat(edited("warrant_term_years: 5", "warrant_term_years: 3").warrantExpiration())
                .isEqualTo(java.time.LocalDate.of(2010, 1, 23));
    }

    @Test
    void eachInvestorGetsANumberedWarrantForTheCoverageOfItsSharesAndPaysSharesTimesPrice() throws Exception {
        var allocations = capstone().allocations();
        assertThat(allocations).extracting(Allocation::warrantNumber).containsExactly("W-1", "W-2", "W-3", "W-4", "W-5");
        // Harborview buys 12,000,000 shares: 6,000,000 warrant shares (50%), $13,680,000 at $1.14.
        assertThat(allocations.get(0).warrantShares()).isEqualTo(6_000_000L);
        assertThat(allocations.get(0).purchasePrice()).isEqualByComparingTo("13680000.00");
        // Pinecrest buys 4,000,000: 2,000,000 warrant shares, $4,560,000.
        assertThat(allocations.get(4).warrantShares()).isEqualTo(2_000_000L);
        assertThat(allocations.get(4).purchasePrice()).isEqualByComparingTo("4560000.00");
        assertThat(allocations.stream().map(Allocation::purchasePrice).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(capstone().grossProceeds());
    }

    @Test
    void anInvestorsFractionOfAWarrantShareIsRoundedAsTheDealSays() throws Exception {
        // One investor buying 3 shares at 50% coverage: 1.5 warrant shares, dropped to 1 when rounding down.
        String three = DealFixture.withShares(DealFixture.validText(), "3");
        assertThat(KitFigures.of(DealFixture.loader().load(DealFixture.write(dir, "three.yaml", three))).allocations().get(0)
                .warrantShares()).isEqualTo(1L);
        assertThat(KitFigures.of(DealFixture.loader().load(DealFixture.write(dir, "three-up.yaml",
                three.replace("warrant_rounding: down", "warrant_rounding: up")))).allocations().get(0).warrantShares())
                .isEqualTo(2L);
    }
}
