package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gap or mistake in a template fails the build, naming the template, line and expression. */
class StrictTemplateTest {
    @TempDir
    Path dir;

    private String render(String template, Map<String, Object> model) throws Exception {
        Files.writeString(dir.resolve("t.md.ftl"), template);
        return new TemplateEngine(dir).render("t.md.ftl", model);
    }

    @Test
    void aMissingValueFailsNamingTemplateLineAndExpression() {
        assertThatThrownBy(() -> render("Line one.\n\nThe issuer is ${deal.issuer.nmae}.\n", Map.of("deal", Map.of("issuer", Map.of("name", "Acme")))))
                .isInstanceOf(AssemblyException.class)
                .hasMessage("templates/t.md.ftl:3:17: ${deal.issuer.nmae}: no such value (misspelt, or missing from the deal model)")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aSyntaxErrorFailsNamingTemplateAndLine() {
        assertThatThrownBy(() -> render("Fine.\n<#if x>unclosed\n", Map.of("x", true)))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("templates/t.md.ftl:")
                .hasMessageContaining("template syntax error")
                .hasMessageNotContaining("\n");
    }

    @Test
    void theNewBuiltInCannotReachJava() {
        assertThatThrownBy(() -> render("<#assign e = \"freemarker.template.utility.Execute\"?new()>${e(\"id\")}", Map.of()))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("templates/t.md.ftl:1:");
    }

    @Test
    void theApiBuiltInIsOff() {
        assertThatThrownBy(() -> render("${m?api.size()}", Map.of("m", Map.of("a", 1))))
                .isInstanceOf(AssemblyException.class)
                .hasMessageContaining("api_builtin_enabled");
    }

    @Test
    void aYearIsNeverPrintedWithAGroupingComma() throws Exception {
        assertThat(render("${year} ${price}", Map.of("year", 2007, "price", new BigDecimal("1234.50"))))
                .isEqualTo("2007 1234.5");
    }
}
