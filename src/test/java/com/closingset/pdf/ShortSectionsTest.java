package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A short section (its heading and content up to the next heading of its level, less than a third
 * of a page: a list of permitted liens) starts a new page rather than split; a long one starts
 * where it falls. (A schedule, exhibit or annex always starts a new page: SchedulesAndExhibitsStartANewPageTest.)
 */
class ShortSectionsTest {
    private static final String SHORT_SECTION = """
            ---

            ## PERMITTED LIENS

            ### FREE WRITING PROSPECTUSES

            Final Term Sheet dated January 18, 2007

            Investor presentation dated January 16, 2007

            Road show slides dated January 17, 2007

            ## PERMITTED DEBT
            """;

    @Test
    void aShortSectionIsNotSplit() throws Exception {
        boolean moved = false;
        for (int fillers = 16; fillers <= 30; fillers++) {
            RenderedPdf pdf = RenderedPdf.of(SignatureBlocksTest.fillers(fillers) + "\n\n" + SHORT_SECTION);

            int heading = pdf.glyphsOf("PERMITTED LIENS").get(0).page();
            assertThat(pdf.glyphsOf("Road show").get(0).page()).as("with %d fillers", fillers).isEqualTo(heading);
            // Room for the heading and three lines (about 100 points) but not for the whole section.
            float lastLine = pdf.glyphsOf("Filler paragraph " + (fillers - 1) + ".").get(0).y();
            moved |= heading == 2 && lastLine < 720 - 100;
        }
        assertThat(moved).as("some filler length leaves room for the heading and its first lines, not the section").isTrue();
    }

    @Test
    void aLongSectionStartsOnThePageWhereItFalls() throws Exception {
        String longSection = "## LISTED PROPERTIES\n\n" + SignatureBlocksTest.fillers(30).replace("Filler", "Listed");
        RenderedPdf pdf = RenderedPdf.of(SignatureBlocksTest.fillers(20) + "\n\n" + longSection + "\n");

        assertThat(pdf.glyphsOf("LISTED PROPERTIES").get(0).page()).isEqualTo(1);
    }
}
