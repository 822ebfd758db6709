package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.closingset.pdf.RenderedPdf.Glyph;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

/** Lists hang their markers in a gutter: wrapped lines align with the item's text, nested lists sit further in. */
class ListsTest {
    private static final String LONG = "Written communications pursuant to Rule 425 under the Securities Act "
            + "(17 CFR 230.425), an item long enough to wrap onto a second line Wrapped";

    @Test
    void itemsPrintWithTheirMarkers() throws Exception {
        List<String> lines = RenderedPdf.of("- First item\n- Second item\n\n7. Seventh\n8. Eighth\n").lines();

        assertThat(lines).containsSubsequence("• First item", "• Second item", "7. Seventh", "8. Eighth");
    }

    @Test
    void wrappedLinesAlignWithTheTextNotTheMarker() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("- " + LONG + "\n");

        Glyph marker = pdf.glyphsOf("•").get(0);
        Glyph text = pdf.glyphsOf("Written").get(0);
        float secondLine = pdf.glyphsOf("Wrapped").get(0).y();
        assertThat(secondLine).as("the test item wraps").isGreaterThan(text.y());
        Glyph wrapped = pdf.glyphs().stream().filter(g -> g.y() == secondLine && !g.text().isBlank())
                .min(Comparator.comparing(Glyph::x)).orElseThrow();
        assertThat(marker.x()).isCloseTo(72f, within(0.5f));
        assertThat(text.x()).isGreaterThan(marker.right() + 3f);
        assertThat(wrapped.x()).isCloseTo(text.x(), within(0.5f));
    }

    @Test
    void nestedListsAreIndentedFurther() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("- Outer\n  - Inner\n    - Innermost\n- Outer again\n");

        float outer = pdf.glyphsOf("Outer").get(0).x();
        float inner = pdf.glyphsOf("Inner").get(0).x();
        float innermost = pdf.glyphsOf("Innermost").get(0).x();
        assertThat(inner).isGreaterThan(outer + 10f);
        assertThat(innermost).isGreaterThan(inner + 10f);
        assertThat(pdf.glyphsOf("Outer again").get(0).x()).isCloseTo(outer, within(0.5f));
    }

    @Test
    void laterParagraphsOfAnItemAlignWithItsFirst() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("1. First paragraph.\n\n   Second paragraph.\n\n2. Next item.\n");

        assertThat(pdf.glyphsOf("Second").get(0).x()).isCloseTo(pdf.glyphsOf("First").get(0).x(), within(0.5f));
    }
}
