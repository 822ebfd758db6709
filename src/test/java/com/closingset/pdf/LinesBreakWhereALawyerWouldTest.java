package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A line never ends inside a word at a quote or an emphasis boundary, nor between an amount and its
 * unit, inside a telephone, file or registration number, or between "Section" and its number. Each
 * phrase is set after 0 to 30 filler words, so that some line of the page would end inside it were
 * it breakable; no line may.
 */
class LinesBreakWhereALawyerWouldTest {
    private static final String FILLER = "word ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (the “**Closing**”) that          | “,“Closing           | ”,Closing”
            (the “**Warrant Shares**”), and   | “,Shares             | ”
            up to $42.5 million of            | $42.5                | million
            of 20,000,000 shares of           | 20,000,000           | shares
            within 30 days after              | 30                   | days
            call (314) 955-3000 today         | (314),955-           | 955,3000
            (Registration No. 333-128164) by  | No.,333-             | 333,128164
            under Section 6(a) hereof         | Section              | 6(a)
            pursuant to Rule 14a-12 under     | Rule,14a-            | 14a,12
            on January 18, 2007 at            | January              | 18,
            """)
    void noLineBreaksInsideThePhrase(String phrase, String forbiddenEnds, String forbiddenStarts) throws Exception {
        StringBuilder doc = new StringBuilder();
        for (int words = 0; words <= 30; words++) {
            doc.append(FILLER.repeat(words)).append(phrase).append(" end.\n\n");
        }
        List<String> lines = RenderedPdf.of(doc.toString()).lines().stream()
                .map(l -> l.replace('\u00A0', ' ').strip()).collect(Collectors.toList());
        List<String> ends = List.of(forbiddenEnds.split(","));
        List<String> starts = List.of(forbiddenStarts.split(","));
        assertThat(lines).as("the phrase is set on a line of its own somewhere").anyMatch(l -> l.contains(phrase.replace("**", "")));
        assertThat(lines).as("lines ending or starting inside \"" + phrase + "\"")
                .noneMatch(l -> ends.stream().anyMatch(e -> l.endsWith(" " + e) || l.equals(e)) || starts.stream().anyMatch(l::startsWith));
    }

    @Test
    void theLastLineOfAJustifiedParagraphIsSetAtItsOwnSpacing() throws Exception {
        // Section 2 of the Form of Warrant: its last line followed a loose one and was spaced 5.8 pt a word.
        String markdown = "**2. List of Warrant Holders.**\n"
                + "The Company shall register this Warrant, upon records to be maintained by the Company for that purpose"
                + " (the “**Warrant Register**”), in the name of the record Holder (which shall include the initial Holder"
                + " or, as the case may be, any registered assignee to which this Warrant is permissibly assigned hereunder"
                + " from time to time).\n"
                + "The Company may deem and treat the registered Holder of this Warrant as the absolute owner hereof for the"
                + " purpose of any exercise hereof or any distribution to the Holder, and for all other purposes, absent"
                + " actual notice to the contrary.\n";
        List<RenderedPdf.Glyph> glyphs = RenderedPdf.of(markdown).glyphs();
        // The body's lines, not the footer's.
        Map<Float, List<RenderedPdf.Glyph>> byLine = glyphs.stream().filter(g -> g.size() >= HouseStyle.BODY_SIZE)
                .collect(Collectors.groupingBy(RenderedPdf.Glyph::y, java.util.TreeMap::new, Collectors.toList()));
        List<List<RenderedPdf.Glyph>> lines = new ArrayList<>(byLine.values());
        List<RenderedPdf.Glyph> last = lines.get(lines.size() - 1);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(widestSpace(last)).as("widest word space of the last line").isLessThan(3.5f);
        assertThat(last.get(last.size() - 1).right()).as("the last line ends short of the margin").isLessThan(500f);
    }

    /** The widest gap between two words of a line (from one's last letter to the next's first), in points. */
    private static float widestSpace(List<RenderedPdf.Glyph> line) {
        float widest = 0;
        RenderedPdf.Glyph before = null;
        boolean spaced = false;
        for (RenderedPdf.Glyph g : line) {
            if (g.text().isBlank()) {
                spaced = true;
                continue;
            }
            if (before != null && spaced) {
                widest = Math.max(widest, g.x() - before.right());
            }
            before = g;
            spaced = false;
        }
        return widest;
    }
}
