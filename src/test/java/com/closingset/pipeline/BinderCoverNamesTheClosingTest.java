package com.closingset.pipeline;

import com.closingset.layout.SetLayout;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The binder's cover is a closing volume's: the securities sold, the issuer, the placement agent
 * and the closing date (not the pricing date, not the date of report), every line centered, in
 * the body's serif type, and nothing a developer wrote for developers.
 */
class BinderCoverNamesTheClosingTest {
    private static String cover;
    private static Set<String> fonts;
    private static float[] lineCentres;

    @BeforeAll
    static void build() throws Exception {
        BuiltSet capstone = TestBuilds.capstone();
        try (PDDocument binder = Loader.loadPDF(capstone.files().get(SetLayout.BINDER))) {
            Set<String> used = new HashSet<>();
            // Each line's leftmost and rightmost ink, by its baseline.
            java.util.Map<Float, float[]> lines = new java.util.TreeMap<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<TextPosition> glyphs) throws java.io.IOException {
                    for (TextPosition g : glyphs) {
                        if (!g.getUnicode().replace('\u00A0', ' ').isBlank()) {
                            float[] ends = lines.computeIfAbsent(g.getYDirAdj(), y -> new float[] {Float.MAX_VALUE, -Float.MAX_VALUE});
                            ends[0] = Math.min(ends[0], g.getXDirAdj());
                            ends[1] = Math.max(ends[1], g.getXDirAdj() + g.getWidthDirAdj());
                            used.add(g.getFont().getName());
                        }
                    }
                    super.writeString(text, glyphs);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            cover = stripper.getText(binder).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
            fonts = used;
            lineCentres = new float[] {Float.MAX_VALUE, -Float.MAX_VALUE};
            for (float[] ends : lines.values()) {
                lineCentres[0] = Math.min(lineCentres[0], (ends[0] + ends[1]) / 2);
                lineCentres[1] = Math.max(lineCentres[1], (ends[0] + ends[1]) / 2);
            }
        }
    }

    @Test
    void itNamesTheSecuritiesTheIssuerAndThePlacementAgent() {
        assertThat(cover).isEqualTo("CLOSING VOLUME CAPSTONE TURBINE CORPORATION 40,000,000 Shares of Common Stock"
                + " Warrants to Purchase 20,000,000 Shares of Common Stock Registered Direct Offering"
                + " Registration Statement on Form S-3 (No. 333-128164) Placement Agent A.G. EDWARDS & SONS, INC."
                + " Closing Date: January 24, 2007");
    }

    @Test
    void itIsDatedTheClosingNotThePricing() {
        assertThat(cover).contains("January 24, 2007").doesNotContain("January 18, 2007");
    }

    @Test
    void itCarriesNoDevelopersTextAndNoPageNumber() {
        assertThat(cover).doesNotContain("capstone-2007").doesNotContain("deal model").doesNotContain("Page 1");
        assertThat(fonts).allMatch(f -> f.contains("LiberationSerif"));
    }

    @Test
    void everyLineIsCentered() {
        float middle = com.lowagie.text.PageSize.LETTER.getWidth() / 2;
        assertThat(lineCentres[0]).isBetween(middle - 2f, middle + 2f);
        assertThat(lineCentres[1]).isBetween(middle - 2f, middle + 2f);
    }

    @Test
    void aSharesOnlyDealsCoverOffersNoWarrants() throws Exception {
        String brazos = TestBuilds.builder().assemble(Path.of("deal/brazos-grid-2014.yaml"), "deal/brazos-grid-2014.yaml").cover();
        assertThat(brazos).contains("Shares of Common Stock", "Closing Date: September 8, 2014").doesNotContain("Warrant");
    }
}
