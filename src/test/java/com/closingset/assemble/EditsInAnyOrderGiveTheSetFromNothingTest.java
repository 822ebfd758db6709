package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import com.closingset.deal.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * serve's kept documents under edits a lawyer might make, one after another in any order: a value
 * changed to another line's value or given a word more. Each warm assembly (kept across the tries,
 * so each starts from the last) is, document for document, the assembly from nothing.
 */
class EditsInAnyOrderGiveTheSetFromNothingTest {
    private static final List<String> VALID = DealFixture.validText().lines().toList();
    private static KitTemplates warm;
    private static KitTemplates fresh;
    private static Path file;

    @BeforeContainer
    static void setUp() throws Exception {
        warm = KitTemplates.of(DealFixture.kit(), 2, true);
        fresh = KitTemplates.of(DealFixture.kit(), 1);
        file = Files.createTempFile("edited", ".yaml");
    }

    @AfterContainer
    static void removeScratch() throws IOException {
        Files.deleteIfExists(file);
    }

    @Property(tries = 60, seed = "20070124")
    void theWarmSetIsTheSetFromNothing(@ForAll("edits") String text) throws Exception {
        Files.writeString(file, text);
        Deal deal;
        try {
            deal = DealFixture.loader().load(file, "deal/edited.yaml");
        } catch (InputException e) {
            Assume.that(false);
            return;
        }
        List<AssembledDocument> kept;
        List<AssembledDocument> made;
        try {
            made = fresh.assemble(deal);
        } catch (AssemblyException e) {
            Assume.that(false);
            return;
        }
        kept = warm.assemble(deal);
        assertThat(kept).extracting(AssembledDocument::output).containsExactlyElementsOf(made.stream().map(AssembledDocument::output).toList());
        for (int i = 0; i < made.size(); i++) {
            assertThat(kept.get(i).markdown()).as(made.get(i).output()).isEqualTo(made.get(i).markdown());
            assertThat(kept.get(i).title()).as(made.get(i).output()).isEqualTo(made.get(i).title());
        }
    }

    /** The valid deal with one value replaced by another line's, or given a word more. */
    @Provide
    Arbitrary<String> edits() {
        Arbitrary<Integer> line = Arbitraries.integers().between(0, VALID.size() - 1);
        return Combinators.combine(line, line, Arbitraries.of(true, false)).as((at, from, append) -> {
            String target = VALID.get(at);
            int colon = target.indexOf(": ");
            if (colon < 0 || target.strip().startsWith("#")) {
                return String.join("\n", VALID);
            }
            String value = append ? target.substring(colon + 2) + " Holdings" : valueOf(VALID.get(from), target.substring(colon + 2));
            List<String> lines = new java.util.ArrayList<>(VALID);
            lines.set(at, target.substring(0, colon + 2) + value);
            return String.join("\n", lines);
        });
    }

    private static String valueOf(String line, String otherwise) {
        int colon = line.indexOf(": ");
        return colon < 0 ? otherwise : line.substring(colon + 2);
    }
}
