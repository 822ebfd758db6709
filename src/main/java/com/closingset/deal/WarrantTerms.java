package com.closingset.deal;

import java.math.BigDecimal;
import java.time.LocalTime;

/**
 * The facts of the deal model's {@code warrant:} section that only Exhibit 4.1, the Form of Warrant, and each
 * numbered warrant state. Exercise price, term, par value and warrant shares are the offering's; the issue date is
 * the closing. Day counts are the Warrant's own business terms, checked to be positive and plausible.
 *
 * @param deliveryTradingDays             Section 5(a): Trading Days after the Exercise Date within which the
 *                                        Company delivers the Warrant Shares (5(b): a Buy-In may follow that day)
 * @param buyInTradingDays                Section 5(b): Trading Days after the Holder's request within which the
 *                                        Company pays the Buy-In Price or delivers and pays the excess
 * @param stockholderApprovalRule         Section 9(e)(iv): the trading market's rule requiring stockholder approval
 *                                        of a below-market issuance, which caps the price-based adjustment
 * @param corporateEventNoticeTradingDays Section 9(h): the least notice, in Trading Days, of a corporate event
 * @param maximumPercentage               Section 11: the beneficial ownership cap (the "Maximum Percentage"), a fraction
 * @param expirationTime                  Sections 4(a) and 11: the hour on the Expiration Date at which the Warrant ends
 * @param localTime                       the local time the Warrant's hours are stated in ("New York City time")
 * @param notices                         Section 13: the Company's notice particulars and the facsimile cut-off
 * @param warrantAgentNoticeDays          Section 14: days' notice to the Holder before a new warrant agent is appointed
 */
public record WarrantTerms(
        int deliveryTradingDays,
        int buyInTradingDays,
        String stockholderApprovalRule,
        int corporateEventNoticeTradingDays,
        BigDecimal maximumPercentage,
        LocalTime expirationTime,
        String localTime,
        WarrantNotices notices,
        int warrantAgentNoticeDays) {

    static WarrantTerms read(YamlMapping m) throws DealException {
        WarrantTerms terms = new WarrantTerms(
                m.integer("delivery_trading_days", 1, 30),
                m.integer("buy_in_trading_days", 1, 30),
                m.text("stockholder_approval_rule"),
                m.integer("corporate_event_notice_trading_days", 1, 60),
                m.percent("maximum_percentage", "9.999%"),
                m.time("expiration_time"),
                m.text("local_time"),
                WarrantNotices.read(m.mapping("notices")),
                m.integer("warrant_agent_notice_days", 1, 365));
        if (terms.maximumPercentage().compareTo(BigDecimal.ONE) >= 0) {
            throw m.error("maximum_percentage", "expected a beneficial ownership cap below 100%, got "
                    + terms.maximumPercentage().movePointRight(2).stripTrailingZeros().toPlainString() + "%");
        }
        m.finish();
        return terms;
    }
}
