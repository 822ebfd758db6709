package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-regulatory organization and the charter's name come from the deal: FINRA for a deal
 * priced on or after July 30, 2007 (unless the deal names the NASD), the NASD before; the charter
 * as the state of incorporation's law names it, in every document.
 */
class WordingOfTheDealsEraAndStateTest {
    @TempDir
    Path dir;

    private String wholeSet(String text) throws Exception {
        Deal deal = DealFixture.loader().load(DealFixture.write(dir, "era.yaml", text), "deal/era.yaml");
        return KitTemplates.of(deal.kit(), 1).assemble(deal).stream().map(AssembledDocument::markdown).collect(Collectors.joining("\n"));
    }

    private static String pricedOn(String text, String day) {
        return text.replace("  pricing: 2007-01-18", "  pricing: " + day).replace("  report: 2007-01-18", "  report: " + day)
                .replace("  announcement: 2007-01-19", "  announcement: " + day).replace("  closing: 2007-01-24", "  closing: 2007-08-10")
                .replace("the NASD Membership and Registration Rules Section 1011", "Article I of the By-Laws");
    }

    @Test
    void aDealPricedBeforeJulyThirtiethTwoThousandSevenNamesTheNasd() throws Exception {
        String set = wholeSet(pricedOn(DealFixture.validText(), "2007-07-27"));
        assertThat(set).contains("National Association of Securities Dealers, Inc. (the “NASD”)", "The NASD shall have confirmed",
                "NASD member").doesNotContain("FINRA");
    }

    @Test
    void aDealPricedFromJulyThirtiethTwoThousandSevenNamesFinraEverywhere() throws Exception {
        String set = wholeSet(pricedOn(DealFixture.validText(), "2007-07-30"));
        assertThat(set).contains("Financial Industry Regulatory Authority, Inc. (“FINRA”)", "FINRA shall have confirmed",
                "the filing fees of FINRA", "FINRA member").doesNotContain("NASD");
    }

    @Test
    void aDealMayNameTheOrganizationItself() throws Exception {
        String text = pricedOn(DealFixture.validText(), "2007-08-01").replace("  warrant_number_prefix:", "  self_regulatory_organization: NASD\n  warrant_number_prefix:");
        if (!text.contains("self_regulatory_organization")) {
            text = text.replace("  estimated_expenses: 350,000", "  self_regulatory_organization: NASD\n  estimated_expenses: 350,000");
        }
        assertThat(wholeSet(text)).contains("(the “NASD”)").doesNotContain("FINRA");
    }

    @Test
    void aNevadaIssuerHasArticlesOfIncorporation() throws Exception {
        String set = wholeSet(DealFixture.edited("  state_of_incorporation: Delaware", "  state_of_incorporation: Nevada"));
        assertThat(set).contains("Company’s articles of incorporation", "pursuant to the Articles of Incorporation")
                .doesNotContainIgnoringCase("certificate of incorporation");
    }

    @Test
    void aTexasIssuerHasACertificateOfFormation() throws Exception {
        String set = wholeSet(DealFixture.edited("  state_of_incorporation: Delaware", "  state_of_incorporation: Texas"));
        assertThat(set).contains("Certificate of Formation").doesNotContainIgnoringCase("of incorporation,").doesNotContainIgnoringCase("certificate of incorporation");
    }

    @Test
    void aStateTheKitDoesNotKnowStopsAtItsLine() {
        assertThat(DealFixture.errorFor(dir, DealFixture.edited("  state_of_incorporation: Delaware", "  state_of_incorporation: Oregon")))
                .startsWith("deal/x.yaml:17:27: issuer.state_of_incorporation: expected one of Delaware, Nevada, New York, California, Florida, Texas");
    }
}
