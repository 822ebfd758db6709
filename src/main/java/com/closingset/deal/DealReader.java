package com.closingset.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps the composed YAML of a deal file onto the {@link Deal} records, field by field, and checks
 * what only the whole deal can tell (dates in order, ids usable as folder names).
 */
final class DealReader {
    private static final Pattern DEAL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final int CENTS = 2;

    private final String file;

    DealReader(String file) {
        this.file = file;
    }

    Deal read(YamlMapping top) throws DealException {
        YamlMapping deal = top.mapping("deal");
        String id = deal.text("id");
        if (!DEAL_ID.matcher(id).matches()) {
            throw deal.error("id", "expected an id of lower-case letters, digits and dashes like capstone-2007, got "
                    + YamlMapping.quote(id));
        }
        String name = deal.text("name");
        deal.finish();

        Offering offering = offering(top.mapping("offering"));
        Deal result = new Deal(
                id,
                name,
                issuer(top.mapping("issuer")),
                party(top.mapping("placement_agent")),
                party(top.mapping("financial_advisor")),
                party(top.mapping("escrow_agent")),
                party(top.mapping("company_counsel")),
                registration(top.mapping("registration")),
                offering,
                dates(top.mapping("dates")),
                results(top.mapping("results")),
                press(top.mapping("press")),
                reportSignatory(top.mapping("signatories")),
                otherEvents(top),
                investors(top, offering),
                PlacementAgreementTerms.read(top.mapping("placement_agreement")),
                WarrantTerms.read(top.mapping("warrant")),
                OpinionTerms.read(top.mapping("opinion")),
                SubscriptionTerms.read(top.mapping("subscription")));
        top.finish();
        return result;
    }

    private Issuer issuer(YamlMapping m) throws DealException {
        Issuer issuer = new Issuer(
                m.text("name"),
                m.text("short_name"),
                m.text("brief_name"),
                m.text("state_of_incorporation"),
                m.text("entity_type"),
                m.text("commission_file_number"),
                m.text("employer_id"),
                Address.read(m.mapping("address")),
                m.text("phone"),
                m.text("website"),
                m.text("market"),
                m.text("listing_market"),
                m.text("ticker"),
                m.text("about"),
                m.texts("trademarks"));
        m.finish();
        return issuer;
    }

    private Party party(YamlMapping m) throws DealException {
        String name = m.text("name");
        Party party = new Party(
                name,
                m.optionalText("short_name").orElse(name),
                m.has("address") ? Address.read(m.mapping("address")) : null,
                m.optionalText("phone").orElse(null));
        m.finish();
        return party;
    }


    private Registration registration(YamlMapping m) throws DealException {
        Registration r = new Registration(m.text("form"), m.text("number"), m.date("effective_date"));
        m.finish();
        return r;
    }

    private Offering offering(YamlMapping m) throws DealException {
        Offering o = new Offering(
                m.count("shares", "40,000,000"),
                m.amount("price_per_unit", CENTS, "1.14"),
                m.amount("par_value", 6, "0.001"),
                m.percent("warrant_coverage", "50%"),
                m.choice("warrant_rounding", WarrantRounding.class),
                m.amount("exercise_price", CENTS, "1.30"),
                m.integer("warrant_term_years", 1, 30),
                m.percent("placement_fee", "4.8%"),
                m.percent("advisory_fee", "1.2%"),
                m.amount("estimated_expenses", CENTS, "350,000"),
                m.optionalText("warrant_number_prefix").orElse("W-"));
        m.finish();
        return o;
    }

    /**
     * The purchasers: each named once, their shares adding up to the offering's, and any warrant count
     * a deal file states equal to the coverage of the investor's shares.
     */
    private List<Investor> investors(YamlMapping top, Offering offering) throws DealException {
        List<YamlMapping> items = top.mappings("investors");
        if (items.isEmpty()) {
            throw top.error("investors", "expected at least one investor (name, address, shares)");
        }
        List<Investor> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long total = 0;
        for (YamlMapping m : items) {
            String name = m.text("name");
            if (!names.add(name.strip().toLowerCase(Locale.ROOT))) {
                throw m.error("name", "the investor " + YamlMapping.quote(name) + " is listed twice; list each investor once");
            }
            long shares = m.count("shares", "10,000,000");
            OptionalLong stated = m.has("warrant_shares") ? OptionalLong.of(m.count("warrant_shares", "5,000,000")) : OptionalLong.empty();
            long due = offering.warrantSharesFor(shares);
            if (stated.isPresent() && stated.getAsLong() != due) {
                throw m.error("warrant_shares", "expected " + due + " (" + offering.warrantCoverage().movePointRight(2).stripTrailingZeros().toPlainString()
                        + "% of " + shares + " shares, rounded " + offering.warrantRounding().name().toLowerCase(Locale.ROOT).replace('_', '-')
                        + "), got " + stated.getAsLong());
            }
            out.add(new Investor(out.size() + 1, name, Address.read(m.mapping("address")), m.optionalText("contact").orElse(null), shares, stated));
            total = Math.addExact(total, shares);
            m.finish();
        }
        if (total != offering.shares()) {
            throw top.error("investors", "the investors' shares add up to " + total + ", not the offering's " + offering.shares()
                    + " shares (offering.shares)");
        }
        return List.copyOf(out);
    }

    private DealDates dates(YamlMapping m) throws DealException {
        DealDates d = new DealDates(m.date("pricing"), m.date("report"), m.date("announcement"), m.date("closing"));
        if (d.closing().isBefore(d.pricing())) {
            throw m.error("closing", "the closing (" + d.closing() + ") cannot come before the pricing (" + d.pricing() + ")");
        }
        if (d.report().isBefore(d.pricing())) {
            throw m.error("report", "the date of report (" + d.report() + ") cannot come before the pricing (" + d.pricing() + ")");
        }
        if (d.announcement().isBefore(d.pricing())) {
            throw m.error("announcement", "the announcement (" + d.announcement() + ") cannot come before the pricing (" + d.pricing() + ")");
        }
        m.finish();
        return d;
    }

    private QuarterResults results(YamlMapping m) throws DealException {
        LocalDate periodEnd = m.date("period_end");
        LocalDate priorPeriodEnd = m.date("prior_period_end");
        if (!priorPeriodEnd.isBefore(periodEnd)) {
            throw m.error("prior_period_end", "the prior quarter must end before the quarter reported (" + periodEnd + ")");
        }
        QuarterResults r = new QuarterResults(
                m.integer("quarter", 1, 4),
                m.integer("fiscal_year", 1900, 2999),
                periodEnd,
                priorPeriodEnd,
                millions(m, "revenue"),
                millions(m, "consensus_revenue"),
                millions(m, "prior_revenue"),
                millions(m, "cash"),
                millions(m, "prior_cash"),
                m.optionalText("cash_commentary").orElse(null),
                millions(m, "backlog"),
                millions(m, "prior_backlog"),
                m.date("full_results_date"),
                call(m.mapping("conference_call")),
                quote(m.mapping("quote")));
        m.finish();
        return r;
    }

    private static BigDecimal millions(YamlMapping m, String key) throws DealException {
        return m.amount(key, CENTS, "5.7 million");
    }

    private ConferenceCall call(YamlMapping m) throws DealException {
        ConferenceCall c = new ConferenceCall(m.time("start"), m.zone("time_zone"), m.zone("also_in"),
                m.integer("replay_days", 1, 366));
        m.finish();
        return c;
    }

    private Quote quote(YamlMapping m) throws DealException {
        Quote q = new Quote(m.text("speaker"), m.text("speaker_last_name"), m.text("speaker_title"),
                m.text("said"), m.optionalText("added").orElse(null));
        m.finish();
        return q;
    }

    private PressContact press(YamlMapping m) throws DealException {
        PressContact p = new PressContact(m.text("wire"), m.text("contact_name"), m.text("contact_phone"));
        m.finish();
        return p;
    }

    private Signatory reportSignatory(YamlMapping signatories) throws DealException {
        YamlMapping m = signatories.mapping("report");
        Signatory s = new Signatory(m.text("name"), m.text("title"));
        m.finish();
        signatories.finish();
        return s;
    }

    private List<ReportSection> otherEvents(YamlMapping top) throws DealException {
        if (!top.has("other_events")) {
            return List.of();
        }
        List<ReportSection> out = new ArrayList<>();
        for (YamlMapping m : top.mappings("other_events")) {
            out.add(new ReportSection(m.text("heading"), m.texts("paragraphs")));
            m.finish();
        }
        return List.copyOf(out);
    }
}
