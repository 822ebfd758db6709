package com.closingset.deal;

/** The facts of the deal model's {@code placement_agreement:} section that only Exhibit 1.1, the Placement Agency Agreement state. */
public record PlacementAgreementTerms() {

    static PlacementAgreementTerms read(YamlMapping m) throws DealException {
        PlacementAgreementTerms terms = new PlacementAgreementTerms();
        m.finish();
        return terms;
    }
}
