package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import com.closingset.figures.KitFigures;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deal without a financial advisor, or without preliminary results, is a set that reads as if the
 * party or the part had never been: no fee for nobody, no dangling "and the financial advisor", no
 * Item 2.02 and no results press release.
 */
class OptionalPartiesAndPartsTest {
    @TempDir
    Path dir;

    private static String withoutFinancialAdvisor() {
        return DealFixture.validText().replace("financial_advisor:\n  name: First Albany Capital\n\n", "")
                .replaceFirst("(?m)^  advisory_fee: .*\\n", "");
    }

    private static String withoutResults() {
        return DealFixture.validText().replaceFirst("(?ms)^results:\\n.*?(?=^press:)", "");
    }

    private List<AssembledDocument> assemble(String text) throws Exception {
        Deal deal = DealFixture.loader().load(DealFixture.write(dir, "optional.yaml", text), "deal/optional.yaml");
        return KitTemplates.of(deal.kit(), 1).assemble(deal);
    }

    private static String markdown(List<AssembledDocument> set, String output) {
        return set.stream().filter(d -> d.output().equals(output)).findFirst().orElseThrow().markdown();
    }

    @Test
    void noFinancialAdvisorMeansNoAdvisoryFeeAndNoMentionOfOne() throws Exception {
        List<AssembledDocument> set = assemble(withoutFinancialAdvisor());
        String all = set.stream().map(AssembledDocument::markdown).collect(Collectors.joining("\n"));

        assertThat(all).doesNotContain("First Albany", "financial advisor", "advisory fee", "financial advisory agreement");
        assertThat(markdown(set, "ex-99.1-press-release-offering")).contains("acted as placement agent for the offering.");
        assertThat(markdown(set, "ex-1.1-placement-agency-agreement")).contains("Except for this Agreement, there are no contracts");
        Deal deal = DealFixture.loader().load(DealFixture.write(dir, "optional.yaml", withoutFinancialAdvisor()), "deal/optional.yaml");
        assertThat(KitFigures.of(deal).advisoryFee()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void anAdvisoryFeeWithNoAdvisorToPayStops() {
        String text = DealFixture.validText().replace("financial_advisor:\n  name: First Albany Capital\n\n", "");
        assertThat(DealFixture.errorFor(dir, text)).matches("deal/x\\.yaml:\\d+:\\d+: offering\\.advisory_fee: an advisory fee of 1\\.2%"
                + " needs a financial_advisor to be paid to; name it, or leave the fee out");
    }

    @Test
    void noPreliminaryResultsMeansNoItemTwoOhTwoAndNoResultsRelease() throws Exception {
        List<AssembledDocument> set = assemble(withoutResults());

        assertThat(set).extracting(AssembledDocument::output).doesNotContain("ex-99.2-press-release-results")
                .contains("ex-99.1-press-release-offering");
        String eightK = markdown(set, "8-k");
        assertThat(eightK).doesNotContain("Item 2.02", "Results of Operations", "99.2", "operating results")
                .contains("Item 8.01 Other Events", "Exhibit 99.1");
    }

    private static String withoutEscrow() {
        return DealFixture.validText().replace("escrow_agent:\n  name: Lowenstein Sandler PC\n\n", "")
                .replaceFirst("(?m)^  escrow_account:\\n(?:    .*\\n)+", "");
    }

    @Test
    void noEscrowAgentMeansDeliveryVersusPaymentThroughDtc() throws Exception {
        List<AssembledDocument> set = assemble(withoutEscrow());
        String all = set.stream().map(AssembledDocument::markdown).collect(Collectors.joining("\n"));

        assertThat(all).doesNotContainIgnoringCase("escrow");
        assertThat(markdown(set, "ex-1.1-placement-agency-agreement")).contains("on a delivery versus payment basis");
        assertThat(markdown(set, "subscription-01")).contains("SETTLING DELIVERY VERSUS PAYMENT",
                "Manner of Settlement of the Shares: delivery versus payment (DVP)", "DELIVERY VERSUS PAYMENT AT DTC ON THE CLOSING DATE");
    }

    @Test
    void anEscrowAgentWithoutItsAccountStops() {
        String text = DealFixture.validText().replaceFirst("(?m)^  escrow_account:\\n(?:    .*\\n)+", "");
        assertThat(DealFixture.errorFor(dir, text)).matches("deal/x\\.yaml:\\d+:\\d+: escrow_agent: an escrow agent needs the account"
                + " investors pay into \\(subscription\\.escrow_account\\)");
    }

    private static String sharesOnly() {
        String text = DealFixture.validText();
        for (String field : List.of("warrant_coverage", "warrant_rounding", "exercise_price", "warrant_term_years")) {
            text = text.replaceFirst("(?m)^  " + field + ": .*\\n", "");
        }
        return text.replaceAll("(?m)^    warrant_shares: .*\\n", "").replaceFirst("(?ms)^warrant:\\n.*?(?=^[a-z])", "");
    }

    @Test
    void sharesOnlyMeansNoWarrantDocumentsAndNoWarrantWording() throws Exception {
        List<AssembledDocument> set = assemble(sharesOnly());
        String all = set.stream().map(AssembledDocument::markdown).collect(Collectors.joining("\n"));

        assertThat(set).extracting(AssembledDocument::output).noneMatch(o -> o.contains("warrant"));
        assertThat(all).doesNotContainPattern("\\bWarrants?\\b").doesNotContain("warrants to purchase", "Warrant Shares", "per unit");
        assertThat(markdown(set, "subscription-01")).contains("**10.** [Reserved].", "for a purchase price of $1.14 per share.");
        // The opinion's numbered paragraphs close up where the warrants' two were.
        assertThat(markdown(set, "ex-1.1-placement-agency-agreement")).contains("(v) There are no preemptive rights",
                "(vii) The execution, delivery and performance", "(xi) As of immediately prior").doesNotContain("(xiii) As of immediately prior");
    }

    @Test
    void warrantTermsWithoutTheWarrantsStop() {
        String text = sharesOnly().replace("  placement_fee: 4.8%", "  warrant_coverage: 50%\n  placement_fee: 4.8%");
        assertThat(DealFixture.errorFor(dir, text)).matches("deal/x\\.yaml:\\d+:\\d+: offering\\.warrant_coverage: warrant terms without"
                + " the warrants \\(warrant:\\); for shares only, leave out the offering's warrant terms too");
    }
}
