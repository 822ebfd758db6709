package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.closingset.pdf.RenderedPdf.Glyph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Body paragraphs are justified; quotes and code are indented; code is monospaced and keeps its spaces. */
class ParagraphLayoutTest {
    private static final String SENTENCE = "The Company intends to use the net proceeds from the transaction "
            + "for general corporate purposes, which may include working capital. ";

    @Test
    void fullLinesReachBothMarginsAndTheLastLineDoesNot() throws Exception {
        RenderedPdf pdf = RenderedPdf.of(SENTENCE.repeat(4) + "\n");

        List<Float> rightEdges = lineRightEdges(pdf.glyphs());
        assertThat(rightEdges).hasSizeGreaterThan(2);
        for (float edge : rightEdges.subList(0, rightEdges.size() - 1)) {
            assertThat(edge).isCloseTo(540f, within(1f));
        }
        assertThat(rightEdges.get(rightEdges.size() - 1)).isLessThan(530f);
    }

    @Test
    void blockQuotesAreIndented() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("Before.\n\n> Quoted " + SENTENCE.repeat(2) + "\n");

        assertThat(pdf.glyphsOf("Before").get(0).x()).isCloseTo(72f, within(0.5f));
        assertThat(pdf.glyphsOf("Quoted").get(0).x()).isGreaterThan(90f);
    }

    @Test
    void codeBlocksAreMonospacedAndKeepTheirIndentation() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("```\nfirst line\n    indented line\n```\n");

        Glyph first = pdf.glyphsOf("first").get(0);
        Glyph indented = pdf.glyphsOf("indented").get(0);
        assertThat(first.font()).endsWith("LiberationMono");
        assertThat(indented.x() - first.x()).isCloseTo(4 * 6f, within(0.5f));
    }

    /** The right edge of each text line on page 1, top to bottom, leaving out the footer. */
    private static List<Float> lineRightEdges(List<Glyph> glyphs) {
        Map<Float, Float> edges = new TreeMap<>();
        glyphs.stream().filter(g -> g.page() == 1 && g.y() < 720f && !g.text().isBlank())
                .forEach(g -> edges.merge(g.y(), g.alignedRight(), Math::max));
        return new ArrayList<>(edges.values());
    }
}
