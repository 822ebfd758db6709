package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The renderer draws every character it is given, from Liberation or a fallback font, or stops naming
 * the one no font has. With no fallback at all, what Liberation lacks stops it too.
 */
class UnprintableTextTest {

    @Test
    void aCharacterNoFontHasStopsNamingIt() {
        assertThatThrownBy(() -> RenderedPdf.of(new PdfRenderer(), "Smile \uD83D\uDE00 Capital\n", RenderedPdf.METADATA))
                .isInstanceOf(UnprintableText.class)
                .hasMessage("no font of the PDF (Liberation, then the fallback fonts) has a glyph for U+1F600 GRINNING FACE"
                        + " in \"Smile \uD83D\uDE00 Capital\"; the page would leave it out");
    }

    @Test
    void withoutFallbackFontsACheckBoxLiberationLacksStops() {
        assertThatThrownBy(() -> RenderedPdf.of(new PdfRenderer(FontChain.none()), "\u2610 Yes\n", RenderedPdf.METADATA))
                .isInstanceOf(UnprintableText.class)
                .hasMessageContaining("U+2610 BALLOT BOX");
    }

    @Test
    void aCharacterInACodeBlockIsCheckedToo() {
        assertThatThrownBy(() -> RenderedPdf.of(new PdfRenderer(FontChain.none()), "    \u4e2d\n", RenderedPdf.METADATA))
                .isInstanceOf(UnprintableText.class)
                .hasMessageContaining("U+4E2D");
    }

    @Test
    void aNonBreakingHyphenPrintsAsLiberationsHyphen() throws Exception {
        assertThat(RenderedPdf.of(new PdfRenderer(FontChain.none()), "Form 8\u2011K and Rule 14a\u201112\n", RenderedPdf.METADATA).text())
                .contains("Form 8\u2010K and Rule 14a\u201012");
    }

    @Test
    void whatTheFontHasIsDrawn() throws Exception {
        assertThat(RenderedPdf.of(new PdfRenderer(), "Caf\u00e9 \u00a7 3(a) \u201cquoted\u201d \u2014 \u00bd \u0395\u03bb\u03bb\u03ac\u03b4\u03b1 \u041c\u043e\u0441\u043a\u0432\u0430\n",
                RenderedPdf.METADATA).text())
                .contains("Caf\u00e9 \u00a7 3(a) \u201cquoted\u201d \u2014 \u00bd \u0395\u03bb\u03bb\u03ac\u03b4\u03b1 \u041c\u043e\u0441\u043a\u0432\u0430");
    }
}
