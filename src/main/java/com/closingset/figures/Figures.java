package com.closingset.figures;

import com.closingset.deal.Deal;
import com.closingset.deal.Offering;
import com.closingset.deal.QuarterResults;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Every number the documents state that follows from the deal model. Each rounding is named:
 * fees are rounded half-up to the cent, as an invoice is; published approximations ("approximately
 * $42.5 million", "approximately 97%") are rounded half-up, as a reader expects, never half-even.
 *
 * @param netProceedsApprox net proceeds rounded half-up to the nearest $100,000, as press releases state them
 * @param proFormaCash      quarter-end cash plus the approximate net proceeds of the offering
 * @param cashChange        quarter-end cash less prior quarter-end cash (negative when it fell)
 * @param revenueGrowth     change of revenue over the prior quarter as a fraction, rounded half-up to a whole percent
 * @param backlogGrowth     change of backlog over the prior quarter as a fraction, rounded half-up to a whole percent
 * @param warrantExpiration the day before the warrants' term ends, counted from their issue at the closing
 *                          (a five-year warrant issued January 24, 2007 expires January 23, 2012)
 * @param allocations       each investor's shares, warrant shares and purchase price, in the deal's order
 */
public record Figures(
        BigDecimal grossProceeds,
        BigDecimal placementFee,
        BigDecimal advisoryFee,
        BigDecimal totalFees,
        BigDecimal estimatedExpenses,
        BigDecimal netProceeds,
        BigDecimal netProceedsApprox,
        long warrantShares,
        BigDecimal proFormaCash,
        BigDecimal cashChange,
        BigDecimal revenueGrowth,
        BigDecimal revenueVsConsensus,
        BigDecimal backlogGrowth,
        LocalDate warrantExpiration,
        List<Allocation> allocations) {

    private static final int CENTS = 2;
    private static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);

    public static Figures of(Deal deal) {
        Offering o = deal.offering();
        QuarterResults r = deal.results();
        BigDecimal gross = o.pricePerUnit().multiply(BigDecimal.valueOf(o.shares())).setScale(CENTS, RoundingMode.HALF_UP);
        BigDecimal placementFee = gross.multiply(o.placementFeeRate()).setScale(CENTS, RoundingMode.HALF_UP);
        BigDecimal advisoryFee = gross.multiply(o.advisoryFeeRate()).setScale(CENTS, RoundingMode.HALF_UP);
        BigDecimal fees = placementFee.add(advisoryFee);
        BigDecimal net = gross.subtract(fees).subtract(o.estimatedExpenses());
        BigDecimal netApprox = roundToMultiple(net, HUNDRED_THOUSAND);
        long warrantShares = o.warrantSharesFor(o.shares());
        List<Allocation> allocations = deal.investors().stream()
                .map(i -> new Allocation(i, o.warrantNumberPrefix() + i.number(), o.warrantSharesFor(i.shares()),
                        o.pricePerUnit().multiply(BigDecimal.valueOf(i.shares()))))
                .toList();
        return new Figures(
                gross,
                placementFee,
                advisoryFee,
                fees,
                o.estimatedExpenses(),
                net,
                netApprox,
                warrantShares,
                r.cash().add(netApprox),
                r.cash().subtract(r.priorCash()),
                growth(r.revenue(), r.priorRevenue()),
                r.revenue().subtract(r.consensusRevenue()),
                growth(r.backlog(), r.priorBacklog()),
                deal.dates().closing().plusYears(o.warrantTermYears()).minusDays(1),
                allocations);
    }

    /** {@code (now - before) / before}, rounded half-up to a whole percent (two decimals of the fraction). */
    static BigDecimal growth(BigDecimal now, BigDecimal before) {
        return now.subtract(before).divide(before, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal roundToMultiple(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, RoundingMode.HALF_UP).multiply(step);
    }
}
