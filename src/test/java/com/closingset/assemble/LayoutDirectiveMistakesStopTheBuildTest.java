package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

/**
 * A layout directive the renderer would not draw as meant stops the build with one line naming the
 * template's line and the document's: an unknown one, one never closed, an end with nothing open,
 * one inside another or inside a list, one sharing its line with text.
 */
class LayoutDirectiveMistakesStopTheBuildTest extends OneTemplate {

    @Test
    void anUnknownDirectiveStops() {
        assertThat(error("Intro.\n\n<!-- closingset: centre -->\n\nText.\n\n<!-- closingset: end -->\n"))
                .endsWith("t.md.ftl:3:1 (line 3 of t.md): unknown layout directive \"<!-- closingset: centre -->\"; expected"
                        + " <!-- closingset: NAME --> alone on its line, NAME one of center, letterhead, end");
    }

    @Test
    void aDirectiveNeverClosedStops() {
        assertThat(error("Intro.\n\n<!-- closingset: center -->\n\nText.\n"))
                .endsWith("t.md.ftl:3:1 (line 3 of t.md): <!-- closingset: center --> is never closed; end it with <!-- closingset: end -->");
    }

    @Test
    void anEndWithNothingOpenStops() {
        assertThat(error("Text.\n\n<!-- closingset: end -->\n"))
                .endsWith("(line 3 of t.md): <!-- closingset: end --> closes nothing: no center or letterhead is open");
    }

    @Test
    void aDirectiveInsideAnotherStops() {
        assertThat(error("<!-- closingset: center -->\n\nA.\n\n<!-- closingset: letterhead -->\n\nB.\n\n<!-- closingset: end -->\n"))
                .contains("(line 5 of t.md): <!-- closingset: letterhead --> opens inside the center opened at line 1");
    }

    @Test
    void aDirectiveInsideAListStops() {
        assertThat(error("- item\n\n  <!-- closingset: center -->\n"))
                .contains("(line 3 of t.md): a layout directive stands at the left margin, outside lists and quotes");
    }

    @Test
    void aDirectiveSharingItsLineWithTextStops() {
        assertThat(error("Text <!-- closingset: center -->\n\nMore.\n"))
                .endsWith("t.md.ftl:1:6: the layout directive <!-- closingset: center --> stands on a line of its own,"
                        + " with nothing before or after it on the line");
    }

    @Test
    void aLetterheadHoldingAHeadingStops() {
        assertThat(error("<!-- closingset: letterhead -->\n\n**Firm**\n\n# Heading\n\n---\n"))
                .contains("(line 5 of t.md): a letterhead holds paragraphs and a bullet list of offices only");
    }

    @Test
    void directivesUsedRightAssemble() throws Exception {
        assertThat(assemble("<!-- closingset: center -->\n\nA.\n\n<!-- closingset: end -->\n\n"
                + "<!-- closingset: letterhead -->\n\n**Firm**\n\n- Office\n\n---\n\nText.\n"))
                .contains("<!-- closingset: center -->", "<!-- closingset: end -->", "<!-- closingset: letterhead -->");
    }

    private static String error(String template) {
        Throwable t = catchThrowable(() -> assemble(template));
        assertThat(t).isInstanceOf(AssemblyException.class);
        assertThat(t.getMessage()).doesNotContain("\n");
        return t.getMessage();
    }
}
