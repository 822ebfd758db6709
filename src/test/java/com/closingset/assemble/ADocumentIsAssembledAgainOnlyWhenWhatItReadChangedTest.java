package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warm process (serve) keeps each deal's documents with what their templates read, and assembles
 * again only those a save can have changed: the set it gives is always the set assembled from
 * nothing, and a document that read nothing the save changed is the one it had.
 */
class ADocumentIsAssembledAgainOnlyWhenWhatItReadChangedTest {
    private static final String RESULTS = "ex-99.2-press-release-results";

    @TempDir
    Path dir;

    private KitTemplates warm;
    private Map<String, AssembledDocument> before;

    @BeforeEach
    void assembleOnce() throws Exception {
        warm = KitTemplates.of(DealFixture.kit(), 2, true);
        before = byOutput(warm.assemble(deal(DealFixture.validText())));
    }

    @Test
    void oneWordOfTheResultsReleaseAssemblesThatReleaseAgainAndTakesOverTheRest() throws Exception {
        Map<String, AssembledDocument> after = assembleAsFromNothing(
                DealFixture.edited("payments of the company", "payment of the company"));

        assertThat(after.get(RESULTS)).isNotSameAs(before.get(RESULTS));
        assertThat(after.get(RESULTS).markdown()).contains("payment of the company").doesNotContain("payments of the company");
        List<String> takenOver = takenOver(after);
        assertThat(takenOver).doesNotContain(RESULTS).contains("ex-1.1-placement-agency-agreement", "ex-4.1-warrant");
        assertThat(takenOver).hasSizeGreaterThan(before.size() / 2);
    }

    @Test
    void theUnitPriceAssemblesAgainEveryDocumentThatNamesItOrAFigureFromIt() throws Exception {
        Map<String, AssembledDocument> after = assembleAsFromNothing(DealFixture.edited("price_per_unit: 1.14", "price_per_unit: 1.10"));

        assertThat(after.get("8-k")).isNotSameAs(before.get("8-k"));
        assertThat(after.get("8-k").markdown()).contains("$1.10");
        assertThat(takenOver(after)).doesNotContain("8-k");
    }

    @Test
    void oneInvestorsNameAssemblesAgainThatInvestorsDocumentsAndWhatListsTheInvestors() throws Exception {
        Map<String, AssembledDocument> after = assembleAsFromNothing(
                DealFixture.edited("- name: Harborview Opportunity Fund, L.P.", "- name: Harborview Opportunity Fund II, L.P."));

        List<String> remade = before.keySet().stream().filter(o -> !takenOver(after).contains(o)).toList();
        assertThat(remade).isNotEmpty().allSatisfy(o -> assertThat(before.get(o).markdown()).contains("Harborview"));
        assertThat(after.values()).filteredOn(d -> d.markdown().contains("Harborview Opportunity Fund II")).isNotEmpty();
    }

    @Test
    void aChangeAndItsUndoingEachGiveTheSetFromNothing() throws Exception {
        List<String> saves = new ArrayList<>(List.of(
                DealFixture.edited("  short_name: Capstone Turbine", "  short_name: Capstone Turbines"),
                DealFixture.edited("  closing: 2007-01-24", "  closing: 2007-01-25"),
                DealFixture.edited("contact: Margaret O. Lindqvist", "contact: Margaret A. Lindqvist"),
                DealFixture.validText()));
        Map<String, AssembledDocument> last = before;
        for (String save : saves) {
            last = assembleAsFromNothing(save);
        }
        // The same deal again: every document is the one just made.
        Map<String, AssembledDocument> again = assembleAsFromNothing(DealFixture.validText());
        Map<String, AssembledDocument> previous = last;
        assertThat(again).allSatisfy((output, d) -> assertThat(d).isSameAs(previous.get(output)));
    }

    /** The warm assembly of {@code text}, checked to be, document for document, the assembly from nothing. */
    private Map<String, AssembledDocument> assembleAsFromNothing(String text) throws Exception {
        Deal deal = deal(text);
        Map<String, AssembledDocument> warmSet = byOutput(warm.assemble(deal));
        Map<String, AssembledDocument> fresh = byOutput(KitTemplates.of(deal.kit(), 1).assemble(deal));
        assertThat(warmSet.keySet()).containsExactlyElementsOf(fresh.keySet());
        fresh.forEach((output, d) -> assertThat(warmSet.get(output).markdown()).as(output).isEqualTo(d.markdown()));
        fresh.forEach((output, d) -> assertThat(warmSet.get(output).title()).as(output).isEqualTo(d.title()));
        return warmSet;
    }

    /** The documents of {@code after} that are those assembled first, not made again. */
    private List<String> takenOver(Map<String, AssembledDocument> after) {
        return after.entrySet().stream().filter(e -> e.getValue() == before.get(e.getKey())).map(Map.Entry::getKey).toList();
    }

    private Deal deal(String text) throws Exception {
        return DealFixture.loader().load(DealFixture.write(dir, "deal.yaml", text), "deal/deal.yaml");
    }

    private static Map<String, AssembledDocument> byOutput(List<AssembledDocument> documents) {
        return documents.stream().collect(Collectors.toMap(AssembledDocument::output, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
