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
}
