package com.closingset.deal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The same investor count and seed give the same deal file byte for byte; another seed gives other investors. */
class SampleDealIsReproducibleTest {

    @Test
    void sameSeedSameBytes() throws Exception {
        assertThat(SampleDeal.yaml(DealFixture.kit(), 100, 7)).isEqualTo(SampleDeal.yaml(DealFixture.kit(), 100, 7));
        assertThat(SampleDeal.yaml(DealFixture.kit(), 100, SampleDeal.DEFAULT_SEED)).isEqualTo(SampleDeal.yaml(DealFixture.kit(), 100, SampleDeal.DEFAULT_SEED));
    }

    @Test
    void otherSeedOtherInvestors() throws Exception {
        String one = SampleDeal.yaml(DealFixture.kit(), 100, 7);
        String other = SampleDeal.yaml(DealFixture.kit(), 100, 8);

        assertThat(one).isNotEqualTo(other);
        // Only the investors (and their total) differ: the deal's terms are the same.
        assertThat(terms(one)).isEqualTo(terms(other));
    }

    /** The deal file up to its investors, offering.shares (their total) left out. */
    private static String terms(String yaml) {
        return yaml.substring(0, yaml.indexOf("\ninvestors:\n")).replaceFirst("\n  shares: [0-9,]+\n", "\n");
    }
}
