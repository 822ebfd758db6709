package com.closingset.deal;

/** The facts of the deal model's {@code subscription:} section that only Exhibit 10.1, the Form of Subscription Agreement, and each investor's subscription state. */
public record SubscriptionTerms() {

    static SubscriptionTerms read(YamlMapping m) throws DealException {
        SubscriptionTerms terms = new SubscriptionTerms();
        m.finish();
        return terms;
    }
}
