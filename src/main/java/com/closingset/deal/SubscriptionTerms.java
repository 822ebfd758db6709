package com.closingset.deal;

import java.math.BigDecimal;

/**
 * The facts of the deal model's {@code subscription:} section that only Exhibit 10.1, the Form of
 * Subscription Agreement, and each investor's subscription state.
 *
 * @param shortSaleLookbackTradingDays trading days before the subscription from which the investor has not traded the stock
 * @param affiliationLookbackYears    years back the investor states it has had no material relationship with the issuer
 * @param memberOrganization          the self-regulatory organization whose members the investor is not affiliated with ("NASD")
 * @param associatedPersonRule        the rule that defines an "Associated Person" of that organization
 * @param controlThreshold            the post-transaction holding of common stock or voting power the investor states it does not reach
 * @param governingLaw                the state whose law governs the subscription, and the warrants it sells
 * @param transferAgent               the issuer's transfer agent, which releases the shares by DWAC
 * @param dwacBusinessDays            business days after signing within which the investor sets up the DWAC and wires the funds
 * @param escrowAccount               the escrow agent's account that receives the purchase price
 */
public record SubscriptionTerms(
        int shortSaleLookbackTradingDays,
        int affiliationLookbackYears,
        String memberOrganization,
        String associatedPersonRule,
        BigDecimal controlThreshold,
        String governingLaw,
        String transferAgent,
        int dwacBusinessDays,
        SubscriptionEscrowAccount escrowAccount) {

    static SubscriptionTerms read(YamlMapping m) throws DealException {
        SubscriptionTerms terms = new SubscriptionTerms(
                m.integer("short_sale_lookback_trading_days", 1, 90),
                m.integer("affiliation_lookback_years", 1, 10),
                m.text("member_organization"),
                m.text("associated_person_rule"),
                m.percent("control_threshold", "20%"),
                m.text("governing_law"),
                m.text("transfer_agent"),
                m.integer("dwac_business_days", 1, 10),
                SubscriptionEscrowAccount.read(m.mapping("escrow_account")));
        m.finish();
        return terms;
    }
}
