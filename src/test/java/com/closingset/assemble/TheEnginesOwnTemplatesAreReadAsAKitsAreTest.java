package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine's own templates (a blackline's cover), which it reads from its jar, pass the checks a
 * kit's templates pass: strictly UTF-8, nothing that changes between builds. Fixtures beside this
 * class in src/test/resources.
 */
class TheEnginesOwnTemplatesAreReadAsAKitsAreTest {
    private static final TemplateEngine ENGINE = TemplateEngine.ofResources(TheEnginesOwnTemplatesAreReadAsAKitsAreTest.class);
    private static final String FOLDER = "closingset.jar!/com/closingset/assemble/";

    @Test
    void oneInUtf8Renders() throws Exception {
        assertThat(ENGINE.render("in-utf-8.md.ftl", Map.of("name", "Lumen"))).isEqualTo("Café Lumen.\n");
    }

    @Test
    void oneThatReadsTheClockStopsAtItsLine() {
        assertThatThrownBy(() -> ENGINE.render("reads-the-clock.md.ftl", Map.of()))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith(FOLDER + "reads-the-clock.md.ftl:1:9: .now: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void oneNotInUtf8StopsAtItsLine() {
        assertThatThrownBy(() -> ENGINE.render("in-latin-1.md.ftl", Map.of("name", "Lumen")))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith(FOLDER + "in-latin-1.md.ftl:1:4: ")
                .hasMessageNotContaining("\n");
    }
}
