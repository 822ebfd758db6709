package com.closingset.deal;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of the deal model's {@code placement_agreement:} section that only Exhibit 1.1, the Placement
 * Agency Agreement, states. Facts the rest of the set shares (parties, registration, fee rates, dates,
 * the 8-K's signatory) are read from their own sections, never repeated here.
 *
 * @param agentAddress               the Placement Agent's address as the agreement gives it (heading, notices)
 * @param agentCounsel               counsel for the Placement Agent (its opinion, Section 5(d); satisfaction, 5(m))
 * @param accountants                the independent registered public accounting firm (Sections 3(a)(xxiii), 5(e))
 * @param generalMarkets             the markets whose general suspension of trading is a walk-away event (Section 5(g)(i))
 * @param timeZone                   the zone in which the agreement states its times
 * @param timeOfSale                 the Initial Time of Sale (Exhibit B's Applicable Time), on the pricing date
 * @param closing                    where and when the Closing takes place (on the deal's closing date)
 * @param rule462bDeadline           the latest time on the pricing date to file a Rule 462(b) registration statement
 * @param expenseCap                 the most the Company reimburses of the Placement Agent's fees and expenses
 * @param expensePaymentDays         days after an invoice within which the Company reimburses them
 * @param lockUp                     the lock-up of Section 4(o) and its extension, Section 4(q)
 * @param settlementRequestDays      days after a request for reimbursement after which an indemnifying party is bound
 *                                   by a settlement made without its consent (Section 6(c))
 * @param settlementNoticeDays       days of notice of such a settlement the indemnifying party must have had
 * @param agentInformationParagraphs the paragraphs under "Plan of Distribution" that are the Placement Agent's own information (Section 12)
 * @param engagementLetter           the engagement letter that, with the agreement, is the whole agreement (Section 14)
 * @param governingLaw               the state whose law governs (Section 19)
 * @param notices                    the addressees of Section 11
 * @param freeWritingProspectuses    Schedule I (empty: "None")
 * @param subsidiaries               Schedule II (empty: "None")
 * @param companySignatoryTitle      the title the agreement prints under the Company's signatory (signatories.report)
 * @param agentSignatory             who signs for the Placement Agent
 * @param opinionForm                the facts of Exhibit A, the form of company counsel's opinion
 */
public record PlacementAgreementTerms(
        Address agentAddress,
        String agentCounsel,
        String accountants,
        List<String> generalMarkets,
        ZoneId timeZone,
        LocalTime timeOfSale,
        PlacementClosing closing,
        LocalTime rule462bDeadline,
        BigDecimal expenseCap,
        int expensePaymentDays,
        PlacementLockUp lockUp,
        int settlementRequestDays,
        int settlementNoticeDays,
        List<Integer> agentInformationParagraphs,
        PlacementEngagementLetter engagementLetter,
        String governingLaw,
        PlacementNotices notices,
        List<PlacementFreeWritingProspectus> freeWritingProspectuses,
        List<String> subsidiaries,
        String companySignatoryTitle,
        Signatory agentSignatory,
        PlacementOpinionForm opinionForm) {

    private static final int CENTS = 2;
    private static final int YEAR = 366;

    static PlacementAgreementTerms read(YamlMapping m) throws DealException {
        Address agentAddress = Address.read(m.mapping("agent_address"));
        String agentCounsel = m.text("agent_counsel");
        String accountants = m.text("accountants");
        List<String> generalMarkets = m.texts("general_markets");
        ZoneId zone = m.zone("time_zone");
        LocalTime timeOfSale = m.time("time_of_sale");
        PlacementClosing closing = PlacementClosing.read(m.mapping("closing"));
        LocalTime rule462b = m.time("rule_462b_deadline");
        BigDecimal expenseCap = m.amount("expense_cap", CENTS, "125,000");
        int expensePaymentDays = m.integer("expense_payment_days", 1, YEAR);
        PlacementLockUp lockUp = PlacementLockUp.read(m.mapping("lock_up"));
        int requestDays = m.integer("settlement_request_days", 1, YEAR);
        int noticeDays = m.integer("settlement_notice_days", 1, YEAR);
        List<Integer> paragraphs = paragraphs(m, "agent_information_paragraphs");
        PlacementEngagementLetter letter = PlacementEngagementLetter.read(m.mapping("engagement_letter"));
        String governingLaw = m.text("governing_law");
        PlacementNotices notices = PlacementNotices.read(m.mapping("notices"));
        List<PlacementFreeWritingProspectus> fwps = new ArrayList<>();
        if (m.has("free_writing_prospectuses")) {
            for (YamlMapping f : m.mappings("free_writing_prospectuses")) {
                fwps.add(PlacementFreeWritingProspectus.read(f));
            }
        }
        List<String> subsidiaries = m.has("subsidiaries") ? m.texts("subsidiaries") : List.of();
        String companyTitle = m.text("company_signatory_title");
        YamlMapping s = m.mapping("agent_signatory");
        Signatory agentSignatory = new Signatory(s.text("name"), s.text("title"));
        s.finish();
        PlacementOpinionForm opinionForm = PlacementOpinionForm.read(m.mapping("opinion_form"));
        m.finish();
        return new PlacementAgreementTerms(agentAddress, agentCounsel, accountants, generalMarkets,
                zone, timeOfSale, closing, rule462b, expenseCap, expensePaymentDays, lockUp, requestDays, noticeDays,
                paragraphs, letter, governingLaw, notices, List.copyOf(fwps), subsidiaries, companyTitle,
                agentSignatory, opinionForm);
    }


    /** Paragraph numbers of a caption: whole numbers from 1, in order, each once ("sixth and seventh"). */
    private static List<Integer> paragraphs(YamlMapping m, String key) throws DealException {
        List<Integer> out = new ArrayList<>();
        for (String raw : m.texts(key)) {
            int n;
            try {
                n = Integer.parseInt(raw.trim());
            } catch (NumberFormatException e) {
                throw m.error(key, "expected paragraph numbers like [6, 7], got " + YamlMapping.quote(raw));
            }
            if (n < 1 || n > 99) {
                throw m.error(key, "expected paragraph numbers from 1 to 99, got " + n);
            }
            if (!out.isEmpty() && n <= out.get(out.size() - 1)) {
                throw m.error(key, "expected paragraph numbers in order, each once, got " + out.get(out.size() - 1) + " then " + n);
            }
            out.add(n);
        }
        return List.copyOf(out);
    }
}
