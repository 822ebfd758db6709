package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An investor abroad has an address with a country and no U.S. state or ZIP code; an investor who
 * is a natural person signs in their own name, with no "By:" and no "Title:".
 */
class InvestorsAbroadAndIndividualsTest {
    private static final String BOSTON = "      street: 400 Atlantic Avenue, 12th Floor\n      city: Boston\n      state: Massachusetts\n"
            + "      postal_code: \"02110\"\n";
    @TempDir
    static Path dir;
    private static List<AssembledDocument> set;

    @BeforeAll
    static void assemble() throws Exception {
        String text = DealFixture.validText()
                .replace(BOSTON, "      street: 2-7-3 Marunouchi, Chiyoda-ku\n      city: Tokyo\n      postal_code: 100-0005\n      country: Japan\n")
                .replace("  - name: Redwood Crest Capital Partners LLC\n    contact: Daniel K. Osei\n",
                        "  - name: Daniel K. Osei\n    individual: yes\n");
        Deal deal = DealFixture.loader().load(DealFixture.write(dir, "abroad.yaml", text), "deal/abroad.yaml");
        set = KitTemplates.of(deal.kit(), 1).assemble(deal);
    }

    private static String markdown(String output) {
        return set.stream().filter(d -> d.output().equals(output)).findFirst().orElseThrow().markdown();
    }

    @Test
    void anAddressAbroadHasItsCountryAndNoState() {
        assertThat(markdown("subscription-01")).contains("2-7-3 Marunouchi, Chiyoda-ku, Tokyo, 100-0005, Japan");
        assertThat(markdown("warrant-01")).contains("Address: 2-7-3 Marunouchi, Chiyoda-ku, Tokyo, 100-0005, Japan");
    }

    @Test
    void anIndividualSignsWithoutByOrTitle() {
        String subscription = markdown("subscription-02");
        String signaturePage = subscription.substring(subscription.indexOf("**INVESTOR**"), subscription.indexOf("Name that Securities"));
        assertThat(signaturePage).contains("Daniel K. Osei", "(Signature)").doesNotContain("By:", "Title:", "Print Name:");
        String warrant = markdown("warrant-02");
        String holder = warrant.substring(warrant.indexOf("HOLDER:"));
        assertThat(holder.substring(0, holder.indexOf("---"))).contains("(Signature)").doesNotContain("By:", "Title:");
    }

    @Test
    void anEntityStillSignsByItsOfficer() {
        assertThat(markdown("subscription-03")).contains("By: ", "Title: ");
    }

    @Test
    void aUnitedStatesAddressWithoutItsStateStops() {
        String text = DealFixture.validText().replace("      state: Massachusetts\n", "");
        assertThat(DealFixture.errorFor(dir, text)).matches("deal/x\\.yaml:\\d+:\\d+: investors\\[0\\]\\.address: an address in the"
                + " United States needs its state and ZIP code; for one abroad, give its country");
    }
}
