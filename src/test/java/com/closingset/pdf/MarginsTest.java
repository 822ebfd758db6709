package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.pdf.RenderedPdf.Glyph;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

/** Nothing runs off the page: long unbroken words and wide tables stay inside the 1-inch margins. */
class MarginsTest {
    private static final float LEFT = 72f - 1f;
    private static final float RIGHT = 612f - 72f + 1f;
    private static final float TOP = 72f;
    private static final float BOTTOM = 792f - 72f + 1f;

    @Test
    void longWordsAndWideTablesStayInsideTheMargins() throws Exception {
        String url = "https://www.sec.gov/Archives/edgar/data/1009759/000110465907003415/"
                + "a07-2064_18k.htm?an-unbroken-query-string-that-is-longer-than-one-whole-line-of-the-page";
        String word = "Supercalifragilisticexpialidocious".repeat(6);
        String wideTable = "| " + "Column heading | ".repeat(12) + "\n|" + "---|".repeat(12) + "\n| "
                + (word + " | ").repeat(12) + "\n";
        RenderedPdf pdf = RenderedPdf.of("Read " + url + " now.\n\n" + word + "\n\n- " + word + "\n\n> " + url
                + "\n\n    " + url + "\n\n" + wideTable);

        List<Glyph> glyphs = pdf.glyphs();
        List<Glyph> body = glyphs.stream().filter(g -> g.y() < BOTTOM + 10f).toList();
        assertThat(body).hasSizeGreaterThan(url.length() + word.length() * 14);
        assertThat(glyphs).allSatisfy(g -> {
            assertThat(g.x()).as("x of %s", g).isGreaterThanOrEqualTo(LEFT);
            assertThat(g.alignedRight()).as("right edge of %s", g).isLessThanOrEqualTo(RIGHT);
        });
        assertThat(body).allSatisfy(g -> assertThat(g.y()).as("baseline of %s", g).isBetween(TOP, BOTTOM));
        for (int page = 1; page <= pdf.pages(); page++) {
            int p = page;
            String below = glyphs.stream().filter(g -> g.page() == p && g.y() >= BOTTOM + 10f).map(Glyph::text)
                    .collect(Collectors.joining()).replace(" ", "");
            assertThat(below).as("below the text block of page %d there is only the footer", page)
                    .isEqualTo((RenderedPdf.METADATA.title() + "Page " + page + " of " + pdf.pages()).replace(" ", ""));
        }
    }
}
