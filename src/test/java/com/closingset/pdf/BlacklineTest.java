package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.pdf.RenderedPdf.Glyph;
import com.closingset.pdf.RenderedPdf.Stroke;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The blackline renderer draws a redline as law firms mark one: deleted text red and struck
 * through, inserted text blue and underlined twice, and a change bar in the left margin beside
 * each line that holds a change, in a table too. The ordinary renderer does not know the marks.
 */
class BlacklineTest {
    private static final String REDLINE = """
            Price $~~1.14~~++1.19++ per unit.

            Nothing changed here.

            | Term | Value |
            |---|---|
            | Fee | ~~4.8%~~++5.1%++ |
            """;

    private static RenderedPdf pdf;
    private static List<Glyph> glyphs;
    private static List<Stroke> strokes;

    @BeforeAll
    static void render() throws IOException {
        pdf = RenderedPdf.of(PdfRenderer.blackline(), REDLINE, RenderedPdf.METADATA);
        glyphs = pdf.glyphs();
        strokes = pdf.strokes();
    }

    @Test
    void deletedTextIsRedAndInsertedBlueTheRestBlack() throws IOException {
        List<float[]> colours = colours(pdf);
        String text = glyphs.stream().map(Glyph::text).reduce("", String::concat);
        assertThat(colours).hasSize(text.length());
        assertThat(colourOf("1.14", text, colours)).satisfies(c -> assertThat(c[0]).isGreaterThan(0.6f))
                .satisfies(c -> assertThat(c[1] + c[2]).isLessThan(0.1f));
        assertThat(colourOf("1.19", text, colours)).satisfies(c -> assertThat(c[2]).isGreaterThan(0.6f))
                .satisfies(c -> assertThat(c[0] + c[1]).isLessThan(0.1f));
        assertThat(colourOf("4.8%", text, colours)[0]).isGreaterThan(0.6f);
        assertThat(colourOf("5.1%", text, colours)[2]).isGreaterThan(0.6f);
        assertThat(colourOf("Price", text, colours)).containsExactly(0f, 0f, 0f);
        assertThat(colourOf("Nothing", text, colours)).containsExactly(0f, 0f, 0f);
    }

    @Test
    void deletedTextIsStruckThroughOnce() throws IOException {
        List<Glyph> word = pdf.glyphsOf("1.14");
        List<Stroke> across = across(word);
        assertThat(across).hasSize(1);
        float baseline = word.get(0).y();
        // Through the middle of the figures: above the baseline, below their tops.
        assertThat(across.get(0).y1()).isLessThan(baseline - 2f).isGreaterThan(baseline - 0.7f * word.get(0).size());
    }

    @Test
    void insertedTextIsUnderlinedTwice() throws IOException {
        List<Glyph> word = pdf.glyphsOf("1.19");
        List<Stroke> under = across(word);
        assertThat(under).hasSize(2);
        float baseline = word.get(0).y();
        assertThat(under).allSatisfy(s -> assertThat(s.y1()).isGreaterThan(baseline).isLessThan(baseline + 5f));
        assertThat(Math.abs(under.get(0).y1() - under.get(1).y1())).as("two distinct rules").isGreaterThan(1f);
    }

    @Test
    void changeBarsStandInTheLeftMarginBesideChangedLinesOnly() throws IOException {
        List<Stroke> bars = strokes.stream().filter(s -> !s.horizontal() && s.x1() < HouseStyle.MARGIN - 6f).toList();
        assertThat(bars).allSatisfy(b -> assertThat(b.x1()).isEqualTo(b.x2()));
        assertThat(beside(bars, pdf.glyphsOf("Price").get(0))).as("bar beside the price line").isTrue();
        assertThat(beside(bars, pdf.glyphsOf("Fee").get(0))).as("bar beside the changed table row").isTrue();
        assertThat(beside(bars, pdf.glyphsOf("Nothing").get(0))).as("no bar beside an unchanged line").isFalse();
        assertThat(beside(bars, pdf.glyphsOf("Term").get(0))).as("no bar beside the unchanged header row").isFalse();
    }

    @Test
    void theOrdinaryRendererPrintsTheMarksAsTypedWithoutColour() throws IOException {
        RenderedPdf plain = RenderedPdf.of(REDLINE);
        assertThat(plain.text()).contains("$~~1.14~~++1.19++");
        assertThat(colours(plain)).allSatisfy(c -> assertThat(c).containsExactly(0f, 0f, 0f));
        assertThat(plain.strokes()).noneMatch(s -> !s.horizontal() && s.x1() < HouseStyle.MARGIN);
    }

    /** Horizontal strokes spanning the word's glyphs (drawn with it, not the table's borders). */
    private static List<Stroke> across(List<Glyph> word) {
        float left = word.get(0).x();
        float right = word.get(word.size() - 1).right();
        float baseline = word.get(0).y();
        return strokes.stream().filter(Stroke::horizontal)
                .filter(s -> Math.min(s.x1(), s.x2()) <= left + 0.5f && Math.max(s.x1(), s.x2()) >= right - 0.5f)
                .filter(s -> Math.abs(s.y1() - baseline) < 0.8f * word.get(0).size())
                .filter(s -> s.length() < 3 * (right - left))
                .toList();
    }

    private static boolean beside(List<Stroke> bars, Glyph g) {
        return bars.stream().anyMatch(b -> Math.min(b.y1(), b.y2()) <= g.y() - 2f && Math.max(b.y1(), b.y2()) >= g.y() - 2f);
    }

    private static float[] colourOf(String word, String text, List<float[]> colours) {
        int at = text.indexOf(word);
        assertThat(at).as("\"%s\" in the text", word).isNotNegative();
        for (int i = at + 1; i < at + word.length(); i++) {
            assertThat(colours.get(i)).as("every glyph of \"%s\" alike", word).containsExactly(colours.get(at));
        }
        return colours.get(at);
    }

    /** The fill colour (RGB) each glyph was drawn in, in the order {@link RenderedPdf#glyphs()} gives them. */
    private static List<float[]> colours(RenderedPdf rendered) throws IOException {
        List<float[]> colours = new ArrayList<>();
        try (PDDocument doc = rendered.load()) {
            new PDFTextStripper() {
                {
                    // The text stripper leaves colour operators out; the glyphs' colour needs them.
                    addOperator(new SetNonStrokingColorSpace(this));
                    addOperator(new SetNonStrokingColor(this));
                    addOperator(new SetNonStrokingColorN(this));
                    addOperator(new SetNonStrokingDeviceRGBColor(this));
                    addOperator(new SetNonStrokingDeviceGrayColor(this));
                    addOperator(new SetNonStrokingDeviceCMYKColor(this));
                }

                @Override
                protected void processTextPosition(TextPosition t) {
                    try {
                        int rgb = getGraphicsState().getNonStrokingColor().toRGB();
                        colours.add(new float[] {(rgb >> 16 & 0xFF) / 255f, (rgb >> 8 & 0xFF) / 255f, (rgb & 0xFF) / 255f});
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }.getText(doc);
        }
        return colours;
    }
}
