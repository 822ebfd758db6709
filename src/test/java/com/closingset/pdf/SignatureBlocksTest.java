package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A signature block (the party's name, By:, Name:, Title:) is never split across pages: when it
 * would straddle a page break it moves whole to the next page. So is any block of hard-broken lines.
 */
class SignatureBlocksTest {
    private static final String SIGNATURES = """
            IN WITNESS WHEREOF, the Company has caused this Warrant to be duly executed by its authorized officer as of the date first indicated above.

            **CAPSTONE TURBINE CORPORATION**

            By: /s/ Walter J. McBride\\
            Name: Walter J. McBride\\
            Title: EVP/CFO

            Accepted as of the date\\
            first above written.

            **A.G. EDWARDS & SONS, INC.**

            By: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\
            Name: Albert F. Bender, III\\
            Title: Managing Director
            """;

    @Test
    void aSignatureBlockThatWouldStraddleAPageBreakMovesWholeToTheNextPage() throws Exception {
        boolean moved = false;
        // Whatever the filler's length, the block lands on one page; some lengths put the break inside it.
        for (int fillers = 16; fillers <= 30; fillers++) {
            RenderedPdf pdf = RenderedPdf.of(fillers(fillers) + "\n\n" + SIGNATURES);

            int company = pdf.glyphsOf("CAPSTONE").get(0).page();
            assertThat(pdf.glyphsOf("EVP/CFO").get(0).page()).as("with %d fillers", fillers).isEqualTo(company);
            assertThat(pdf.glyphsOf("Accepted").get(0).page()).as("with %d fillers", fillers).isEqualTo(company);
            assertThat(pdf.glyphsOf("Managing Director").get(0).page()).as("with %d fillers", fillers).isEqualTo(company);
            moved |= company == 2 && pdf.glyphsOf("WHEREOF").get(0).page() == 1;
        }
        assertThat(moved).as("some filler length breaks the page inside the block").isTrue();
    }

    @Test
    void aBlockOfHardBrokenLinesIsKeptTogether() throws Exception {
        for (int fillers = 24; fillers <= 30; fillers++) {
            RenderedPdf pdf = RenderedPdf.of(fillers(fillers) + """


                    Lowenstein Sandler PC\\
                    1251 Avenue of the Americas\\
                    New York, New York 10020\\
                    Attention: Michael D. Maline, Esq.\\
                    Facsimile: (973) 422-6872
                    """);

            assertThat(pdf.glyphsOf("Facsimile").get(0).page()).as("with %d fillers", fillers)
                    .isEqualTo(pdf.glyphsOf("Lowenstein").get(0).page());
        }
    }

    static String fillers(int count) {
        return IntStream.range(0, count).mapToObj(i -> "Filler paragraph " + i + ".").collect(Collectors.joining("\n\n"));
    }
}
