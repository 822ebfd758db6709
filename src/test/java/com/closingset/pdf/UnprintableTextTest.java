package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The renderer draws every character it is given, or stops naming the one its font lacks. */
class UnprintableTextTest {

    @Test
    void aCheckBoxTheFontLacksStops() {
        assertThatThrownBy(() -> RenderedPdf.of(new PdfRenderer(), "\u2610 Yes\n", RenderedPdf.METADATA))
                .isInstanceOf(UnprintableText.class)
                .hasMessage("the PDF's font has no glyph for U+2610 \"\u2610\" in \"\u2610 Yes\"; the page would leave it out");
    }

    @Test
    void aNonBreakingHyphenTheFontLacksStopsRatherThanJoinTheWords() {
        assertThatThrownBy(() -> RenderedPdf.of(new PdfRenderer(), "Form 8\u2011K\n", RenderedPdf.METADATA))
                .isInstanceOf(UnprintableText.class)
                .hasMessageContaining("U+2011");
    }

    @Test
    void aCharacterInACodeBlockIsCheckedToo() {
        assertThatThrownBy(() -> RenderedPdf.of(new PdfRenderer(), "    \u4e2d\n", RenderedPdf.METADATA))
                .isInstanceOf(UnprintableText.class)
                .hasMessageContaining("U+4E2D");
    }

    @Test
    void whatTheFontHasIsDrawn() throws Exception {
        assertThat(RenderedPdf.of(new PdfRenderer(), "Caf\u00e9 \u00a7 3(a) \u201cquoted\u201d \u2014 \u00bd\n", RenderedPdf.METADATA).text())
                .contains("Caf\u00e9 \u00a7 3(a) \u201cquoted\u201d \u2014 \u00bd");
    }
}
