package com.closingset.deal;

import java.util.List;

/** Everything a closing set says that would change in another deal; validated, immutable. */
public record Deal(
        String id,
        String name,
        Issuer issuer,
        Party placementAgent,
        Party financialAdvisor,
        Party escrowAgent,
        Party companyCounsel,
        Registration registration,
        Offering offering,
        DealDates dates,
        QuarterResults results,
        PressContact press,
        Signatory reportSignatory,
        List<ReportSection> otherEvents,
        List<Investor> investors,
        PlacementAgreementTerms placementAgreement,
        WarrantTerms warrant,
        OpinionTerms opinion,
        SubscriptionTerms subscription) {
}
