package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A template sees the model's own values and nothing of the Java behind them: not an object's class,
 * not its hash code, not a date's other methods (nor {@code now()}, reached through a date), each
 * refused at the template's line as a value that is not there; the wording helpers, an exhibit's
 * fields and a date's own text still print.
 */
class TemplatesSeeOnlyTheModelsOwnValuesTest {
    @TempDir
    static Path dir;
    private static Map<String, Object> model;

    @BeforeAll
    static void load() throws Exception {
        Deal deal = DealFixture.load(DealFixture.VALID);
        model = DocumentAssembler.model(deal);
        model.put("exhibit", Map.of("ex-1.1", new Exhibit("ex-1.1", "1.1", null, null, true, "")));
    }

    private static String render(String template) throws Exception {
        Files.writeString(dir.resolve("t.md.ftl"), template);
        return new TemplateEngine(dir).render("t.md.ftl", model);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deal.class.name", "deal.hashCode()", "w.class.name", "w.getClass().name", "w.hashCode()",
            "w.toString()", "deal.dates.closing.class.name", "deal.dates.closing.now()", "deal.dates.closing.year",
            "deal.dates.closing.plusDays(1)", "exhibit[\"ex-1.1\"].hashCode()", "exhibit[\"ex-1.1\"].class.name",
            "exhibit[\"ex-1.1\"].getClass()"})
    void javaBehindAValueIsNotThere(String expression) {
        assertThatThrownBy(() -> render("Line one.\n\nThe value: ${" + expression + "}\n"))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("templates/t.md.ftl:3:")
                .hasMessageContaining("no such value (misspelt, or missing from the deal model)")
                .hasMessageNotContaining("\n");
    }

    @Test
    void anObjectDoesNotPrintAsItsClassAndANumber() {
        assertThatThrownBy(() -> render("${w}"))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("templates/t.md.ftl:1:3: ${w}: ")
                .hasMessageNotContaining("@")
                .hasMessageNotContaining("\n");
    }

    @Test
    void theModelsOwnValuesStillPrint() throws Exception {
        assertThat(render("${w.money(deal.offering.price_per_unit)} ${exhibit[\"ex-1.1\"].number} ${deal.dates.closing} "
                + "${w.date(deal.dates.closing)}"))
                .isEqualTo("$1.14 1.1 2007-01-24 January 24, 2007");
    }
}
