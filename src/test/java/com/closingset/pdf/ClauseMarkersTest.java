package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.closingset.pdf.RenderedPdf.Glyph;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lettered and roman clauses hang their markers: the marker sits in a gutter, the text and its
 * wrapped lines align after it, a roman clause one level further in than a lettered one.
 */
class ClauseMarkersTest {
    private static final String LONG = "the Company represents and warrants to and agrees with the Placement Agent "
            + "as of the date hereof and as of the Closing Date and any other date specified below, that each "
            + "statement is true and correct in all material respects. ";

    @Test
    void theMarkerHangsAndWrappedLinesAlignWithTheTextAfterIt() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("(a) Alpha " + LONG.repeat(2) + "\n");

        Glyph marker = pdf.glyphsOf("(a)").get(0);
        Glyph text = pdf.glyphsOf("Alpha").get(0);
        List<Float> lineStarts = lineStarts(pdf.glyphs());
        assertThat(lineStarts).hasSizeGreaterThan(2);
        assertThat(marker.x()).isCloseTo(72f, within(0.5f));
        assertThat(text.x()).isCloseTo(72f + HouseStyle.CLAUSE_GUTTER, within(0.5f));
        for (float start : lineStarts.subList(1, lineStarts.size())) {
            assertThat(start).isCloseTo(text.x(), within(0.5f));
        }
    }

    @Test
    void aRomanClauseSitsOneLevelDeeperThanTheLetteredClauseItFollows() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("(a) Alpha " + LONG + "\n\n(i) Bravo " + LONG + "\n\n(ii) Charlie " + LONG
                + "\n\n(b) Delta " + LONG + "\n");

        float letterText = pdf.glyphsOf("Alpha").get(0).x();
        assertThat(pdf.glyphsOf("(i)").get(0).x()).isCloseTo(letterText, within(0.5f));
        assertThat(pdf.glyphsOf("Bravo").get(0).x()).isCloseTo(letterText + HouseStyle.ROMAN_CLAUSE_GUTTER, within(0.5f));
        assertThat(pdf.glyphsOf("Charlie").get(0).x()).isCloseTo(pdf.glyphsOf("Bravo").get(0).x(), within(0.5f));
        assertThat(pdf.glyphsOf("(b)").get(0).x()).isCloseTo(72f, within(0.5f));
        assertThat(pdf.glyphsOf("Delta").get(0).x()).isCloseTo(letterText, within(0.5f));
    }

    @Test
    void theClauseAfterHIsTheLetterIAtTheLettersLevel() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("(g) Golf " + LONG + "\n\n(h) Hotel " + LONG + "\n\n(i) India " + LONG
                + "\n\n(j) Juliet " + LONG + "\n");

        assertThat(pdf.glyphsOf("(i)").get(0).x()).isCloseTo(pdf.glyphsOf("(h)").get(0).x(), within(0.5f));
        assertThat(pdf.glyphsOf("India").get(0).x()).isCloseTo(pdf.glyphsOf("Hotel").get(0).x(), within(0.5f));
    }

    @Test
    void aSectionParagraphStaysFlushLeft() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("**1. Description of Securities.** The Company proposes " + LONG + "\n\n"
                + "**6. Indemnification.** (a) The Company will indemnify " + LONG + "\n\n(b) Bravo " + LONG + "\n");

        assertThat(pdf.glyphsOf("1. Description").get(0).x()).isCloseTo(72f, within(0.5f));
        assertThat(pdf.glyphsOf("6. Indemnification").get(0).x()).isCloseTo(72f, within(0.5f));
        assertThat(pdf.glyphsOf("(b)").get(0).x()).isCloseTo(72f, within(0.5f));
        assertThat(pdf.glyphsOf("Bravo").get(0).x()).isCloseTo(72f + HouseStyle.CLAUSE_GUTTER, within(0.5f));
    }

    /** The x where each text line of page 1 starts, top to bottom, leaving out the footer. */
    private static List<Float> lineStarts(List<Glyph> glyphs) {
        Map<Float, Float> starts = new TreeMap<>();
        glyphs.stream().filter(g -> g.page() == 1 && g.y() < 720f && !g.text().isBlank())
                .forEach(g -> starts.merge(g.y(), g.x(), Math::min));
        return List.copyOf(starts.values());
    }
}
