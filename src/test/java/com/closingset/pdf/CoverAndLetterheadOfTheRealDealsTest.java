package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.closingset.assemble.DealMarkdown;
import com.closingset.pdf.RenderedPdf.Glyph;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first pages of the real deals as the SEC's form and a law firm's letter set them: the 8-K's
 * heading block centered, the state, Commission file number and I.R.S. number side by side on one
 * baseline over their captions, a box before each communication, Northwind's Section 12(b) table;
 * the opinion's letterhead with the firm's name large and centered and its offices on one line.
 */
class CoverAndLetterheadOfTheRealDealsTest {
    private static RenderedPdf capstone;
    private static RenderedPdf northwind;
    private static RenderedPdf opinion;

    @BeforeAll
    static void render() throws Exception {
        Map<String, String> capstoneSet = DealMarkdown.of(Path.of("deal/capstone-2007.yaml"), true);
        capstone = RenderedPdf.of(capstoneSet.get("8-k"));
        opinion = RenderedPdf.of(capstoneSet.get("ex-5.3-opinion"));
        northwind = RenderedPdf.of(DealMarkdown.of(Path.of("deal/northwind-2031.yaml"), true).get("8-k"));
    }

    @Test
    void theHeadingBlockIsCentered() throws Exception {
        for (String line : List.of("SECURITIES AND EXCHANGE COMMISSION", "FORM 8-K", "CAPSTONE TURBINE CORPORATION",
                "(Exact name of registrant as specified in its charter)", "21211 Nordhoff Street, Chatsworth, California 91311")) {
            assertThat(gap(capstone.glyphsOf(line))).as(line).isCloseTo(0f, within(1.5f));
        }
    }

    @Test
    void theThreeValuesShareABaselineOverTheirCaptions() throws Exception {
        float baseline = capstone.glyphsOf("Delaware").get(0).y();
        assertThat(capstone.glyphsOf("001-15957").get(0).y()).isEqualTo(baseline);
        assertThat(capstone.glyphsOf("95-4180883").get(0).y()).isEqualTo(baseline);
        assertThat(capstone.glyphsOf("Delaware").get(0).x()).isLessThan(capstone.glyphsOf("001-15957").get(0).x());
        assertThat(capstone.glyphsOf("001-15957").get(0).x()).isLessThan(capstone.glyphsOf("95-4180883").get(0).x());
        assertThat(capstone.glyphsOf("(Commission file number)").get(0).y()).isGreaterThan(baseline);
        assertThat(capstone.glyphsOf("(I.R.S. Employer").get(0).y()).isGreaterThan(baseline);
    }

    @Test
    void eachCommunicationHasAnEmptyBox() throws Exception {
        for (String line : List.of("☐ Written communications", "☐ Soliciting material", "☐ Precommencement communications pursuant to Rule 14d-2(b)",
                "☐ Precommencement communications pursuant to Rule 13e-4(c)")) {
            assertThat(capstone.glyphsOf(line).get(0).x()).as(line).isCloseTo(HouseStyle.MARGIN, within(0.5f));
        }
    }

    @Test
    void northwindHasTheSection12bTableAndTheEmergingGrowthCompanyBox() throws Exception {
        String text = northwind.textInReadingOrder();
        assertThat(text).contains("Securities registered pursuant to Section 12(b) of the Act:", "Title of each class", "NWHS",
                "NYSE American LLC", "Emerging growth company ☐");
        assertThat(capstone.text()).doesNotContain("Section 12(b)", "NWHS");
    }

    @Test
    void theLetterheadSetsTheFirmLargeAndCenteredAndItsOfficesOnOneLine() throws Exception {
        List<Glyph> name = opinion.glyphsOf("Waller Lansden Dortch & Davis, LLP");
        assertThat(name.get(0).size()).isGreaterThan(HouseStyle.BODY_SIZE);
        assertThat(gap(name)).isCloseTo(0f, within(1.5f));
        float offices = opinion.glyphsOf("Nashville City Center").get(0).y();
        assertThat(opinion.glyphsOf("1901 Sixth Avenue North").get(0).y()).isEqualTo(offices);
        assertThat(opinion.glyphsOf("520 South Grand Avenue").get(0).y()).isEqualTo(offices);
        assertThat(opinion.glyphsOf("January 18, 2007").get(0).y()).isGreaterThan(opinion.glyphsOf("www.wallerlaw.com").get(0).y());
    }

    /** How much further the text stands from the left margin than from the right: 0 when centered. */
    private static float gap(List<Glyph> glyphs) {
        float left = glyphs.get(0).x() - HouseStyle.MARGIN;
        float right = HouseStyle.PAGE.getWidth() - HouseStyle.MARGIN - glyphs.get(glyphs.size() - 1).right();
        return left - right;
    }
}
