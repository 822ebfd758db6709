package com.closingset.deal;

import java.math.BigDecimal;

/**
 * The facts of the deal model's {@code subscription:} section that only Exhibit 10.1, the Form of
 * Subscription Agreement, and each investor's subscription state.
 *
 * @param tradingMarket               the market before whose next opening the issuer announces the deal ("The Nasdaq Global Market")
 * @param shortSaleLookbackTradingDays trading days before the subscription from which the investor has not traded the stock
 * @param affiliationLookbackYears    years back the investor states it has had no material relationship with the issuer
 * @param memberOrganization          the self-regulatory organization whose members the investor is not affiliated with ("NASD")
 * @param associatedPersonRule        the rule that defines an "Associated Person" of that organization
 * @param controlThreshold            the post-transaction holding of common stock or voting power the investor states it does not reach
 * @param beneficialOwnershipCap      the investor's beneficial ownership above which its warrants cannot be exercised
 * @param governingLaw                the state whose law governs the subscription
 * @param transferAgent               the issuer's transfer agent, which releases the shares by DWAC
 * @param dwacBusinessDays            business days after signing within which the investor sets up the DWAC and wires the funds
 * @param escrowAccount               the escrow agent's account that receives the purchase price
 * @param escrowAgentRole             whether the escrow agent is also the placement agent's counsel (the filing's waiver)
 */
public record SubscriptionTerms(
        String tradingMarket,
        int shortSaleLookbackTradingDays,
        int affiliationLookbackYears,
        String memberOrganization,
        String associatedPersonRule,
        BigDecimal controlThreshold,
        BigDecimal beneficialOwnershipCap,
        String governingLaw,
        String transferAgent,
        int dwacBusinessDays,
        SubscriptionEscrowAccount escrowAccount,
        SubscriptionEscrowRole escrowAgentRole) {

    static SubscriptionTerms read(YamlMapping m) throws DealException {
        SubscriptionTerms terms = new SubscriptionTerms(
                m.text("trading_market"),
                m.integer("short_sale_lookback_trading_days", 1, 90),
                m.integer("affiliation_lookback_years", 1, 10),
                m.text("member_organization"),
                m.text("associated_person_rule"),
                m.percent("control_threshold", "20%"),
                m.percent("beneficial_ownership_cap", "9.999%"),
                m.text("governing_law"),
                m.text("transfer_agent"),
                m.integer("dwac_business_days", 1, 10),
                SubscriptionEscrowAccount.read(m.mapping("escrow_account")),
                m.choice("escrow_agent_role", SubscriptionEscrowRole.class));
        m.finish();
        return terms;
    }
}
