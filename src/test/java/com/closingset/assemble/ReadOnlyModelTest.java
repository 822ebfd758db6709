package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import com.closingset.deal.DealLoader;
import com.closingset.figures.KitFigures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A template reads the deal and cannot change it, nor reach past it into Java: a collection's
 * mutating methods are not there to call, {@code ?api} is off, and {@code ?new} makes nothing.
 */
class ReadOnlyModelTest {
    @TempDir
    Path dir;

    private Deal deal;
    private Map<String, Object> model;

    @BeforeEach
    void load() throws Exception {
        deal = DealFixture.loader().load(DealFixture.VALID);
        model = new HashMap<>(Map.of("deal", deal.values(), "figures", deal.figures().values(), "exhibit", Map.of("8-k", "x")));
    }

    private String render(String template) throws Exception {
        Files.writeString(dir.resolve("t.md.ftl"), template);
        return new TemplateEngine(dir).render("t.md.ftl", model);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deal.investors.clear()", "deal.investors.add(deal.investors[0])", "deal.investors.remove(0)",
            "deal.investors?api.clear()", "figures.clear()", "exhibit.put(\"8-k\", \"y\")",
            "exhibit?api.clear()", "deal.issuer.trademarks.clear()"})
    void anAttemptToChangeTheDealFailsAndChangesNothing(String change) throws Exception {
        String out = render("<#attempt>${" + change + "}changed<#recover>refused</#attempt> "
                + "${deal.investors?size} ${deal.investors[0].figures?size} ${exhibit?size} ${deal.issuer.trademarks?size}");

        assertThat(out).isEqualTo("refused 5 4 1 2");
        assertThat((java.util.List<?>) deal.value("investors")).hasSize(5);
        assertThat(model.get("exhibit")).isEqualTo(Map.of("8-k", "x"));
    }

    @Test
    void assigningToANameChangesOnlyTheTemplatesOwnVariable() throws Exception {
        assertThat(render("<#assign deal = \"replaced\">${deal}")).isEqualTo("replaced");
        assertThat(model.get("deal")).isSameAs(deal.values());
        assertThat(render("${deal.issuer.name}")).isEqualTo("Capstone Turbine Corporation");
    }

    /**
     * SAFER_RESOLVER, which the issue names, would still let {@code ?new} make any TemplateModel
     * class on the class path but three (SimpleHash here); no template needs {@code ?new}, so the
     * engine keeps the stricter resolver that allows none.
     */
    @ParameterizedTest
    @ValueSource(strings = {"freemarker.template.SimpleHash", "freemarker.template.utility.ObjectConstructor",
            "freemarker.template.utility.Execute"})
    void theNewBuiltInMakesNothing(String className) {
        assertThatThrownBy(() -> render("<#assign x = \"" + className + "\"?new()>made"))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("templates/t.md.ftl:1:")
                .hasMessageContaining("not allowed")
                .hasMessageNotContaining("\n");
    }

    @Test
    void theApiBuiltInIsOff() {
        assertThatThrownBy(() -> render("${deal.investors?api.size()}"))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("templates/t.md.ftl:1:")
                .hasMessageContaining("api_builtin_enabled");
    }
}
