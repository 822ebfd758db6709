package com.closingset.deal;

/** The facts of the deal model's {@code opinion:} section that only Exhibit 5.3, the opinion of company counsel state. */
public record OpinionTerms() {

    static OpinionTerms read(YamlMapping m) throws DealException {
        OpinionTerms terms = new OpinionTerms();
        m.finish();
        return terms;
    }
}
