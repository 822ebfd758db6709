package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.closingset.deal.DealFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A template may not read what changes from one build to the next — the clock ({@code .now}), an
 * error's wording ({@code .error}) — nor run text as code ({@code ?eval}, {@code ?interpret}),
 * which would hide such a read: the build stops at the template's line and column, in a document's
 * template, in one it includes and in a line of the manifest. Prose, comments, a field that happens
 * to be called "now" and the engine's fixed settings ({@code .locale}) are fine.
 */
class TemplatesThatWouldDifferFromBuildToBuildAreRefusedTest {
    @TempDir
    Path dir;

    private String render(String template) throws Exception {
        Files.writeString(dir.resolve("t.md.ftl"), template);
        return new TemplateEngine(dir).render("t.md.ftl", Map.of("deal", Map.of("now", "a field", "x", "1+1")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dated ${.now}.                                   | 1:9  | .now",
        "Dated ${.now?date}.                              | 1:9  | .now",
        "<#assign when = .now>                            | 1:17 | .now",
        "<#if (.now?long > 0)>x</#if>                     | 1:7  | .now",
        "${\"on ${.now}\"}                                | 1:9  | .now",
        "${deal.x + .now?string}                          | 1:12 | .now",
        "<#attempt>${y}<#recover>${.error}</#attempt>     | 1:27 | .error",
        "${deal.x?eval}                                   | 1:9  | ?eval",
        "${(\".\" + \"now\")?eval}                        | 1:16 | ?eval",
        "${deal.x ? eval}                                 | 1:10 | ?eval",
        "<#assign t = \"$\" + \"{.now}\"?interpret><@t/>  | 1:28 | ?interpret"})
    void aReadOfWhatChangesStopsTheBuildAtItsLine(String template, String at, String token) {
        assertThatThrownBy(() -> render("First line.\n" + template + "\n"))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("templates/t.md.ftl:" + (Integer.parseInt(at.split(":")[0]) + 1) + ":" + at.split(":")[1]
                        + ": " + token + ": ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void theClockIsNamedForWhatItIs() {
        assertThatThrownBy(() -> render("Dated ${.now}."))
                .hasMessage("templates/t.md.ftl:1:9: .now: the time the build runs, so no two builds would write the same document; "
                        + "a document prints the deal's own dates (w.date(deal.dates...))");
    }

    @Test
    void anIncludedTemplateIsReadTheSameWay() throws Exception {
        Files.writeString(dir.resolve("part.ftl"), "<#macro dated>on ${.now}</#macro>\n");
        assertThatThrownBy(() -> render("<#import \"part.ftl\" as p>\nSigned <@p.dated/>.\n"))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("templates/part.ftl:1:20: .now: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aLineOfTheManifestIsReadTheSameWay() throws Exception {
        Files.writeString(dir.resolve("t.md.ftl"), "# T\n");
        Files.writeString(dir.resolve("manifest.yaml"), "documents:\n  - id: t\n    title: \"T of ${.now?date}\"\n"
                + "    template: t.md.ftl\n    output: t\n");
        DocumentAssembler assembler = new DocumentAssembler(Manifest.load(dir, DealFixture.kit()), new TemplateEngine(dir), false);
        assertThatThrownBy(() -> assembler.assemble(DealFixture.load(DealFixture.VALID)))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("manifest.yaml (t title):1:8: .now: ")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The shares are available now.", "Call us now. ?eval is a word here.", "<#-- ${.now} is refused -->Text.",
            "<#noparse>${.now}</#noparse>", "${deal.now}", "${deal .now}", "<#list 1..3 as now>${now}</#list>",
            "${\"a .now b\"} ${r\"${.now}\"}", "${deal.x?has_content?then(\"y\", \"n\")} ${deal.missing??}"})
    void whatOnlyLooksLikeItIsFine(String template) {
        assertThatCode(() -> render(template)).doesNotThrowAnyException();
    }

    @Test
    void theEnginesFixedSettingsReadTheSameEverywhere() throws Exception {
        assertThat(render("${.locale} ${.lang} ${.output_format} ${.template_name}")).isEqualTo("en\\_US en Markdown t.md.ftl");
    }
}
