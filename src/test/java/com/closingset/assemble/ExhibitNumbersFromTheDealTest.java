package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first opinion on a shelf is Exhibit 5.1 with its consent 23.1: the deal says so, and the 8-K's
 * lists, the opinion's own consent paragraph, the PDFs' titles and the file names all follow.
 */
class ExhibitNumbersFromTheDealTest {
    @TempDir
    Path dir;

    private List<AssembledDocument> assemble(String text) throws Exception {
        Deal deal = DealFixture.loader().load(DealFixture.write(dir, "numbers.yaml", text), "deal/numbers.yaml");
        return KitTemplates.of(deal.kit(), 1).assemble(deal);
    }

    @Test
    void theOpinionAndConsentTakeTheDealsNumbers() throws Exception {
        String text = DealFixture.validText().replace("\nregistration:\n", "\nexhibit_numbers:\n  opinion: \"5.1\"\n  consent: \"23.1\"\n\nregistration:\n");
        List<AssembledDocument> set = assemble(text);

        AssembledDocument opinion = set.stream().filter(d -> d.output().equals("ex-5.1-opinion")).findFirst().orElseThrow();
        assertThat(opinion.displayTitle()).startsWith("Exhibit 5.1: Opinion of");
        assertThat(opinion.markdown()).contains("as Exhibit 5.1 to the Registration Statement");
        String eightK = set.stream().filter(d -> d.output().equals("8-k")).findFirst().orElseThrow().markdown();
        assertThat(eightK).contains("Exhibit 5.1", "Exhibit 23.1", "(included in Exhibit 5.1)");
        String all = set.stream().map(AssembledDocument::markdown).collect(Collectors.joining());
        assertThat(all).doesNotContain("5.3", "23.3");
    }

    @Test
    void withoutThemTheKitsNumbersStand() throws Exception {
        assertThat(assemble(DealFixture.validText())).extracting(AssembledDocument::output).contains("ex-5.3-opinion");
    }

    @Test
    void aNumberThatIsNotOneStops() {
        String text = DealFixture.validText().replace("\nregistration:\n", "\nexhibit_numbers:\n  opinion: five\n\nregistration:\n");
        assertThat(DealFixture.errorFor(dir, text)).contains("exhibit_numbers.opinion: expected an exhibit number like 5.1, got \"five\"");
    }
}
