package com.closingset.review;

import com.closingset.deal.Deal;
import com.closingset.deal.Offering;
import com.closingset.deal.QuarterResults;
import com.closingset.figures.Allocation;
import com.closingset.figures.Figures;
import com.closingset.figures.Wording;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The computed figures of a deal laid out for a reviewer to redo the arithmetic: each figure's value
 * as the documents print it, its exact value, and the rule that gives it, with the inputs written in.
 * Rules are worded in plain ASCII ("at", "plus", "less") so a terminal of any encoding shows them.
 */
public record FigureSheet(String dealId, String dealName, List<Section> sections) {

    /**
     * @param exact the value without wording or rounding for print: a plain decimal ({@code 2188800.00}),
     *              a whole count, or an ISO date; never a binary floating-point number
     */
    public record Figure(String name, String value, String exact, String rule) {
    }

    /** The offering's figures, one investor's (with its {@code allocation}), or all investors' together. */
    public record Section(String title, Optional<Allocation> allocation, List<Figure> figures) {
        public Section {
            figures = List.copyOf(figures);
        }
    }

    private static final Wording W = new Wording();

    public FigureSheet {
        sections = List.copyOf(sections);
    }

    public static FigureSheet of(Deal deal, Figures f) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Offering", Optional.empty(), offering(deal, f)));
        for (Allocation a : f.allocations()) {
            sections.add(new Section("Investor " + a.investor().number() + ": " + a.investor().name()
                    + ", Warrant No. " + a.warrantNumber(), Optional.of(a), investor(deal.offering(), a)));
        }
        if (!f.allocations().isEmpty()) {
            sections.add(new Section("All investors together", Optional.empty(), together(f)));
        }
        return new FigureSheet(deal.id(), deal.name(), sections);
    }

    private static List<Figure> offering(Deal deal, Figures f) {
        Offering o = deal.offering();
        QuarterResults r = deal.results();
        String shares = W.number(o.shares()) + " shares";
        List<Figure> rows = new ArrayList<>();
        rows.add(new Figure("shares offered", W.number(o.shares()), Long.toString(o.shares()), "from the deal"));
        rows.add(new Figure("price per unit", W.money(o.pricePerUnit()), plain(o.pricePerUnit()), "from the deal"));
        rows.add(amount("gross proceeds", f.grossProceeds(), shares + " at " + W.money(o.pricePerUnit())
                + " per unit, half-up to the cent"));
        rows.add(amount("placement fee", f.placementFee(), W.percent(o.placementFeeRate())
                + " of gross proceeds, half-up to the cent"));
        rows.add(amount("advisory fee", f.advisoryFee(), W.percent(o.advisoryFeeRate())
                + " of gross proceeds, half-up to the cent"));
        rows.add(amount("total fees", f.totalFees(), "placement fee plus advisory fee"));
        rows.add(amount("estimated expenses", f.estimatedExpenses(), "from the deal"));
        rows.add(amount("net proceeds", f.netProceeds(), "gross proceeds less total fees less estimated expenses"));
        rows.add(new Figure("net proceeds as published", "approximately " + W.millions(f.netProceedsApprox()),
                plain(f.netProceedsApprox()), "net proceeds, half-up to the nearest $100,000"));
        rows.add(new Figure("warrant shares", W.number(f.warrantShares()), Long.toString(f.warrantShares()),
                coverage(o, o.shares())));
        rows.add(new Figure("warrant expiration", W.date(f.warrantExpiration()), f.warrantExpiration().toString(),
                "closing date (" + W.date(deal.dates().closing()) + ") plus " + o.warrantTermYears()
                        + " years, less one day"));
        rows.add(new Figure("pro forma cash", "approximately " + W.millions(f.proFormaCash()), plain(f.proFormaCash()),
                "quarter-end cash (" + W.dollars(r.cash()) + ") plus net proceeds as published; in millions,"
                        + " half-up to one place"));
        rows.add(new Figure("change in cash", (f.cashChange().signum() < 0 ? "decrease" : "increase") + " of approximately "
                + W.millions(f.cashChange().abs()), plain(f.cashChange()), "quarter-end cash (" + W.dollars(r.cash())
                + ") less prior quarter-end cash (" + W.dollars(r.priorCash()) + "); in millions, half-up to one place"));
        rows.add(new Figure("revenue growth", growthWords(f.revenueGrowth()) + " of approximately "
                + W.percent(f.revenueGrowth().abs()), plain(f.revenueGrowth()), growthRule("revenue", r.revenue(), r.priorRevenue())));
        boolean beat = f.revenueVsConsensus().signum() > 0;
        rows.add(new Figure("revenue against consensus", (beat ? "exceeds" : "falls short of") + " consensus by "
                + W.dollars(f.revenueVsConsensus().abs()), plain(f.revenueVsConsensus()), "revenue (" + W.dollars(r.revenue())
                + ") less consensus (" + W.dollars(r.consensusRevenue()) + "); the release says only exceeds or falls short"));
        rows.add(new Figure("backlog growth", growthWords(f.backlogGrowth()) + " of " + W.percent(f.backlogGrowth().abs()),
                plain(f.backlogGrowth()), growthRule("backlog", r.backlog(), r.priorBacklog())));
        return rows;
    }

    private static List<Figure> investor(Offering o, Allocation a) {
        long shares = a.investor().shares();
        return List.of(
                new Figure("shares", W.number(shares), Long.toString(shares), "from the deal"),
                new Figure("warrant shares", W.number(a.warrantShares()), Long.toString(a.warrantShares()), coverage(o, shares)),
                amount("purchase price", a.purchasePrice(), W.number(shares) + " shares at " + W.money(o.pricePerUnit())
                        + " per unit, exact"));
    }

    /** Sums a reviewer compares with the offering's: warrant shares rounded one investor at a time may differ. */
    private static List<Figure> together(Figures f) {
        long shares = f.allocations().stream().mapToLong(a -> a.investor().shares()).sum();
        long warrantShares = f.allocations().stream().mapToLong(Allocation::warrantShares).sum();
        BigDecimal price = f.allocations().stream().map(Allocation::purchasePrice).reduce(BigDecimal.ZERO, BigDecimal::add);
        String of = "sum over the " + f.allocations().size() + " investors";
        return List.of(
                new Figure("shares", W.number(shares), Long.toString(shares), of),
                new Figure("warrant shares", W.number(warrantShares), Long.toString(warrantShares), of
                        + " (each rounded on its own)"),
                amount("purchase price", price, of));
    }

    private static Figure amount(String name, BigDecimal value, String rule) {
        return new Figure(name, W.dollars(value), plain(value), rule);
    }

    private static String coverage(Offering o, long shares) {
        return W.percent(o.warrantCoverage()) + " of " + W.number(shares) + " shares, rounded "
                + o.warrantRounding().name().toLowerCase(Locale.ROOT).replace('_', '-') + " to a whole share";
    }

    private static String growthWords(BigDecimal growth) {
        return growth.signum() < 0 ? "decrease" : "increase";
    }

    private static String growthRule(String what, BigDecimal now, BigDecimal before) {
        return "(" + what + " " + W.dollars(now) + " less prior " + what + " " + W.dollars(before) + ") divided by prior "
                + what + ", half-up to a whole percent";
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
