package com.closingset.deal;

/** The facts of the deal model's {@code warrant:} section that only Exhibit 4.1, the Form of Warrant, and each numbered warrant state. */
public record WarrantTerms() {

    static WarrantTerms read(YamlMapping m) throws DealException {
        WarrantTerms terms = new WarrantTerms();
        m.finish();
        return terms;
    }
}
