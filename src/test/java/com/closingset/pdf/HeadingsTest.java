package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.pdf.RenderedPdf.Glyph;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Headings are bold, smaller at each level, and never left alone at the foot of a page. */
class HeadingsTest {

    @Test
    void headingsAreBoldAndShrinkByLevel() throws Exception {
        RenderedPdf pdf = RenderedPdf.of(IntStream.rangeClosed(1, 6).mapToObj(level -> "#".repeat(level) + " Level" + level)
                .collect(Collectors.joining("\n\n", "", "\n\nBody text.\n")));

        float previous = Float.MAX_VALUE;
        for (int level = 1; level <= 6; level++) {
            Glyph first = pdf.glyphsOf("Level" + level).get(0);
            assertThat(first.font()).as("level %d", level).endsWith("LiberationSerif-Bold");
            assertThat(first.size()).as("level %d", level).isLessThan(previous);
            previous = first.size();
        }
        assertThat(pdf.glyphsOf("Body").get(0).size()).isEqualTo(12f);
    }

    @Test
    void aHeadingMovesToTheNextPageRatherThanEndAPage() throws Exception {
        // Whatever the filler's length, the heading must land on the page of the paragraph it introduces.
        for (int fillers = 20; fillers <= 34; fillers++) {
            String filler = IntStream.range(0, fillers).mapToObj(i -> "Filler paragraph " + i + ".")
                    .collect(Collectors.joining("\n\n"));
            RenderedPdf pdf = RenderedPdf.of(filler + "\n\n## Kept Heading\n\nIntroduced paragraph.\n");

            Glyph heading = pdf.glyphsOf("Kept Heading").get(0);
            Glyph paragraph = pdf.glyphsOf("Introduced").get(0);
            assertThat(paragraph.page()).as("with %d fillers", fillers).isEqualTo(heading.page());
        }
    }

    @Test
    void aHeadingRightAboveAnotherMovesWithIt() throws Exception {
        // An 8-K's "## Section 1" then "### Item 1.01": neither may end a page, whatever the section's length.
        String items = IntStream.range(0, 40).mapToObj(i -> "Item paragraph " + i + ".").collect(Collectors.joining("\n\n"));
        for (int fillers = 20; fillers <= 34; fillers++) {
            String filler = IntStream.range(0, fillers).mapToObj(i -> "Filler paragraph " + i + ".")
                    .collect(Collectors.joining("\n\n"));
            RenderedPdf pdf = RenderedPdf.of(filler + "\n\n## Section One\n\n### Item One\n\n" + items + "\n");

            int section = pdf.glyphsOf("Section One").get(0).page();
            assertThat(pdf.glyphsOf("Item One").get(0).page()).as("with %d fillers", fillers).isEqualTo(section);
            assertThat(pdf.glyphsOf("Item paragraph 2.").get(0).page()).as("with %d fillers", fillers).isEqualTo(section);
        }
    }

    @Test
    void aBoldLineStandingAsAHeadingIsNotLeftAtTheFootOfAPage() throws Exception {
        for (int fillers = 20; fillers <= 34; fillers++) {
            String filler = IntStream.range(0, fillers).mapToObj(i -> "Filler paragraph " + i + ".")
                    .collect(Collectors.joining("\n\n"));
            RenderedPdf pdf = RenderedPdf.of(filler + "\n\n**4. Exercise and Duration of Warrant.**\n\n"
                    + "(a) All or any part of this Warrant shall be exercisable.\n");

            assertThat(pdf.glyphsOf("All or any").get(0).page()).as("with %d fillers", fillers)
                    .isEqualTo(pdf.glyphsOf("Exercise and Duration").get(0).page());
        }
    }
}
