package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Address and signature blocks: a backslash or two spaces at a line's end break it, a plain newline does not. */
class HardLineBreakTest {

    @Test
    void hardBreaksStartNewLinesAndSoftBreaksAreSpaces() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("""
                **CAPSTONE TURBINE CORPORATION**\\
                21211 Nordhoff Street \s
                Chatsworth,
                California 91311
                """);

        assertThat(pdf.lines()).containsSubsequence(
                "CAPSTONE TURBINE CORPORATION", "21211 Nordhoff Street", "Chatsworth, California 91311");
    }
}
