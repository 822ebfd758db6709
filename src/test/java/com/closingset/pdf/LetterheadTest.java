package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.closingset.pdf.RenderedPdf.Glyph;
import com.closingset.pdf.RenderedPdf.Stroke;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A letterhead ({@code <!-- closingset: letterhead -->} up to its rule, {@code ---}): the firm's
 * name large and centered, its offices side by side in one row under it in small type, one rule
 * across the page under them, and the letter's date below the rule in body type at the margin.
 */
class LetterheadTest {
    private static RenderedPdf pdf;

    @BeforeAll
    static void render() throws Exception {
        pdf = RenderedPdf.of("""
                <!-- closingset: letterhead -->

                **Waller Lansden Dortch & Davis, LLP**

                - Nashville City Center\\
                  511 Union Street, Suite 2700
                - 1901 Sixth Avenue North\\
                  Birmingham, Alabama 35203-2623
                - 520 South Grand Avenue\\
                  Los Angeles, California 90071

                ---

                January 18, 2007

                Ladies and Gentlemen:
                """);
    }

    @Test
    void theFirmsNameIsLargeAndCentered() throws Exception {
        List<Glyph> name = pdf.glyphsOf("Waller Lansden Dortch & Davis, LLP");
        assertThat(name.get(0).size()).isGreaterThanOrEqualTo(HouseStyle.BODY_SIZE * 1.4f);
        float left = name.get(0).x() - HouseStyle.MARGIN;
        float right = HouseStyle.PAGE.getWidth() - HouseStyle.MARGIN - name.get(name.size() - 1).right();
        assertThat(left).isCloseTo(right, within(1.5f));
    }

    @Test
    void theOfficesStandInOneRowUnderTheName() throws Exception {
        float name = pdf.glyphsOf("Waller").get(0).y();
        Glyph nashville = pdf.glyphsOf("Nashville").get(0);
        assertThat(nashville.y()).isGreaterThan(name);
        assertThat(pdf.glyphsOf("1901").get(0).y()).isEqualTo(nashville.y());
        assertThat(pdf.glyphsOf("520 South").get(0).y()).isEqualTo(nashville.y());
        assertThat(nashville.x()).isLessThan(pdf.glyphsOf("1901").get(0).x());
        assertThat(nashville.size()).isLessThan(HouseStyle.BODY_SIZE);
    }

    @Test
    void oneRuleSeparatesTheLetterheadFromTheDate() throws Exception {
        List<Stroke> rules = pdf.strokes().stream().filter(Stroke::horizontal).filter(s -> s.length() > 400).toList();
        assertThat(rules).hasSize(1);
        float rule = rules.get(0).y1();
        assertThat(rule).isGreaterThan(pdf.glyphsOf("Los Angeles").get(0).y());
        Glyph date = pdf.glyphsOf("January 18, 2007").get(0);
        assertThat(date.y()).isGreaterThan(rule);
        assertThat(date.x()).isCloseTo(HouseStyle.MARGIN, within(0.5f));
        assertThat(date.size()).isEqualTo(HouseStyle.BODY_SIZE);
    }
}
