package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.closingset.pdf.RenderedPdf.Glyph;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Between {@code <!-- closingset: center -->} and {@code <!-- closingset: end -->} every block is
 * centered (a line ending in a hard break too) and a bullet list is a row: its items side by side in equal thirds, their first lines on
 * one baseline, the lines after them (the captions) centered under them. Blocks after it are as
 * ever, and the directives are not drawn.
 */
class CenteredBlocksTest {
    private static final float LEFT = HouseStyle.MARGIN;
    private static final float RIGHT = HouseStyle.PAGE.getWidth() - HouseStyle.MARGIN;
    private static RenderedPdf pdf;

    @BeforeAll
    static void render() throws Exception {
        pdf = RenderedPdf.of("""
                <!-- closingset: center -->

                **UNITED STATES\\
                WASHINGTON, D.C. 20549**

                # FORM 8-K

                Date of Report January 18, 2007

                - Delaware\\
                  (State or other jurisdiction\\
                  of incorporation)
                - 001-15957\\
                  (Commission file number)
                - 95-4180883\\
                  (I.R.S. Employer\\
                  Identification No.)

                <!-- closingset: end -->

                Check the appropriate box below if the Form 8-K filing is intended to satisfy the filing obligation.
                """);
    }

    @Test
    void paragraphsAndHeadingsAreCentered() throws Exception {
        for (String line : List.of("UNITED STATES", "Date of Report January 18, 2007", "WASHINGTON, D.C. 20549", "FORM 8-K")) {
            List<Glyph> glyphs = pdf.glyphsOf(line);
            assertThat(glyphs.get(0).x() - LEFT).as(line).isCloseTo(RIGHT - glyphs.get(glyphs.size() - 1).right(), within(1f));
        }
    }

    @Test
    void aListsItemsStandSideBySideOnOneBaseline() throws Exception {
        Glyph state = pdf.glyphsOf("Delaware").get(0);
        Glyph file = pdf.glyphsOf("001-15957").get(0);
        Glyph irs = pdf.glyphsOf("95-4180883").get(0);
        assertThat(file.y()).isEqualTo(state.y());
        assertThat(irs.y()).isEqualTo(state.y());
        float third = (RIGHT - LEFT) / 3;
        assertThat(centre("Delaware")).isCloseTo(LEFT + third / 2, within(2f));
        assertThat(centre("001-15957")).isCloseTo(LEFT + third * 1.5f, within(2f));
        assertThat(centre("95-4180883")).isCloseTo(LEFT + third * 2.5f, within(2f));
    }

    @Test
    void eachCaptionIsCenteredUnderItsValue() throws Exception {
        float value = pdf.glyphsOf("001-15957").get(0).y();
        assertThat(pdf.glyphsOf("(Commission file number)").get(0).y()).isGreaterThan(value);
        assertThat(centre("(Commission file number)")).isCloseTo(centre("001-15957"), within(1.5f));
        assertThat(centre("(State or other jurisdiction")).isCloseTo(centre("Delaware"), within(1.5f));
    }

    @Test
    void whatFollowsTheBlockIsNotCentered() throws Exception {
        assertThat(pdf.glyphsOf("Check").get(0).x()).isCloseTo(LEFT, within(0.5f));
    }

    @Test
    void theDirectivesAreNotDrawn() throws Exception {
        assertThat(pdf.text()).doesNotContain("closingset", "<!--", "•");
    }

    private static float centre(String text) throws Exception {
        List<Glyph> glyphs = pdf.glyphsOf(text);
        return (glyphs.get(0).x() + glyphs.get(glyphs.size() - 1).right()) / 2;
    }
}
