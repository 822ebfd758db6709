package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.closingset.pdf.RenderedPdf.Glyph;
import com.closingset.pdf.RenderedPdf.Stroke;
import org.junit.jupiter.api.Test;

import java.util.List;

/** A run of three or more underscores, a line to sign or fill in, is drawn as one rule as wide as the run. */
class SignatureLinesTest {
    private static final float UNDERSCORE = 6f;
    private static final String TWENTY = "\\_".repeat(20);

    @Test
    void aSignatureLineIsARuleNotUnderscores() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("By: " + TWENTY + "\\\nName: Walter J. McBride\\\nTitle: EVP/CFO\n");

        assertThat(pdf.text()).doesNotContain("_");
        Glyph colon = pdf.glyphsOf("By:").get(2);
        List<Stroke> rules = pdf.strokes().stream().filter(Stroke::horizontal).toList();
        assertThat(rules).hasSize(1);
        Stroke rule = rules.get(0);
        assertThat(rule.length()).isCloseTo(20 * UNDERSCORE, within(0.5f));
        assertThat(rule.x1()).isCloseTo(colon.right() + 3f, within(0.5f));
        assertThat(rule.y1()).isCloseTo(colon.y(), within(3f));
    }

    @Test
    void theTextAfterABlankStartsPastTheRule() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("the sum of $" + "\\_".repeat(10) + " to the Company.\n");

        Glyph dollar = pdf.glyphsOf("$").get(0);
        Glyph to = pdf.glyphsOf("to the").get(0);
        assertThat(to.x() - dollar.right()).isCloseTo(10 * UNDERSCORE + 3f, within(0.5f));
        assertThat(pdf.strokes()).anySatisfy(s -> assertThat(s.length()).isCloseTo(10 * UNDERSCORE, within(0.5f)));
    }

    @Test
    void oneUnderscoreIsText() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("file\\_name\n");

        assertThat(pdf.lines()).containsExactly("file_name", RenderedPdf.METADATA.title() + " Page 1 of 1");
        assertThat(pdf.strokes()).isEmpty();
    }
}
