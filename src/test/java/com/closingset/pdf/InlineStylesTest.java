package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.pdf.RenderedPdf.Glyph;
import org.junit.jupiter.api.Test;

import java.util.List;

/** Emphasis, strong emphasis and code spans are drawn in the matching Liberation face. */
class InlineStylesTest {
    private static final String MARKDOWN =
            "Plain *slanted* and **heavy** and ***both*** and **heavy *nested* heavy** and `typed`.\n";

    @Test
    void eachRunUsesTheFaceOfItsMarkup() throws Exception {
        RenderedPdf pdf = RenderedPdf.of(MARKDOWN);

        assertThat(fonts(pdf.glyphsOf("Plain"))).containsOnly("LiberationSerif");
        assertThat(fonts(pdf.glyphsOf("slanted"))).containsOnly("LiberationSerif-Italic");
        assertThat(fonts(pdf.glyphsOf("heavy"))).containsOnly("LiberationSerif-Bold");
        assertThat(fonts(pdf.glyphsOf("both"))).containsOnly("LiberationSerif-BoldItalic");
        assertThat(fonts(pdf.glyphsOf("nested"))).containsOnly("LiberationSerif-BoldItalic");
        assertThat(fonts(pdf.glyphsOf("typed"))).containsOnly("LiberationMono");
        assertThat(pdf.text()).contains("Plain slanted and heavy and both and heavy nested heavy and typed.");
    }

    /** Font names without the subset tag ("ABCDEF+"). */
    private static List<String> fonts(List<Glyph> glyphs) {
        return glyphs.stream().map(g -> g.font().substring(g.font().indexOf('+') + 1)).distinct().toList();
    }
}
