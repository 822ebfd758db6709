package com.closingset.figures;

import com.closingset.deal.Deal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The registered-direct kit's figures of a deal, read by name for tests that pin them: the kit
 * declares them in kit.yaml, this only names them as a reader of the tests would.
 */
public record KitFigures(Figures figures, List<Allocation> allocations) {

    /** An investor as a test reads it. */
    public record Investor(int number, String name, long shares) {
    }

    /** One investor's part: its warrant number, warrant shares and purchase price. */
    public record Allocation(Investor investor, String warrantNumber, long warrantShares, BigDecimal purchasePrice) {
    }

    @SuppressWarnings("unchecked")
    public static KitFigures of(Deal deal) {
        List<Allocation> allocations = ((List<Map<String, Object>>) deal.value("investors")).stream().map(i -> {
            Map<String, Object> f = (Map<String, Object>) i.get("figures");
            return new Allocation(new Investor(((Number) i.get("number")).intValue(), (String) i.get("name"), (Long) i.get("shares")),
                    (String) f.get("warrant_number"), (Long) f.get("warrant_shares"), (BigDecimal) f.get("purchase_price"));
        }).toList();
        return new KitFigures(deal.figures(), allocations);
    }

    private BigDecimal amount(String key) {
        return (BigDecimal) figures.value(key);
    }

    public BigDecimal grossProceeds() { return amount("gross_proceeds"); }
    public BigDecimal placementFee() { return amount("placement_fee"); }
    public BigDecimal advisoryFee() { return amount("advisory_fee"); }
    public BigDecimal totalFees() { return amount("total_fees"); }
    public BigDecimal estimatedExpenses() { return amount("estimated_expenses"); }
    public BigDecimal netProceeds() { return amount("net_proceeds"); }
    public BigDecimal netProceedsApprox() { return amount("net_proceeds_approx"); }
    public long warrantShares() { return (Long) figures.value("warrant_shares"); }
    public BigDecimal proFormaCash() { return amount("pro_forma_cash"); }
    public BigDecimal cashChange() { return amount("cash_change"); }
    public BigDecimal revenueGrowth() { return amount("revenue_growth"); }
    public BigDecimal revenueVsConsensus() { return amount("revenue_vs_consensus"); }
    public BigDecimal backlogGrowth() { return amount("backlog_growth"); }
    public LocalDate warrantExpiration() { return (LocalDate) figures.value("warrant_expiration"); }
}
