package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress bar: its line as a pure function, redrawn in place, ended by a newline, skipped for short builds. */
class ProgressBarTest {
    private final StringWriter err = new StringWriter();

    @Test
    void theLineFillsInProportionRoundingDown() {
        assertThat(ProgressBar.line("capstone-2007", 9, 17, 20))
                .isEqualTo("building capstone-2007  [##########----------] 9/17");
        assertThat(ProgressBar.line("capstone-2007", 0, 17, 20))
                .isEqualTo("building capstone-2007  [--------------------] 0/17");
        assertThat(ProgressBar.line("capstone-2007", 16, 17, 20)).contains("[##################--] 16/17");
        assertThat(ProgressBar.line("capstone-2007", 17, 17, 20)).contains("[####################] 17/17");
    }

    @Test
    void eachDocumentRedrawsTheLineAndTheLastEndsIt() {
        ProgressBar bar = new ProgressBar(new PrintWriter(err), true);
        for (int done = 1; done <= 10; done++) {
            bar.documentRendered("d", done, 10);
        }
        bar.finish();
        String written = err.toString();
        assertThat(written).startsWith("\rbuilding d  [##------------------] 1/10\r")
                .endsWith("\rbuilding d  [####################] 10/10" + System.lineSeparator());
        assertThat(written.chars().filter(c -> c == '\r')).hasSize(10);
    }

    @Test
    void aBuildStoppedHalfwayStillEndsTheLine() {
        ProgressBar bar = new ProgressBar(new PrintWriter(err), true);
        bar.documentRendered("d", 3, 10);
        bar.finish();
        assertThat(err.toString()).endsWith("3/10" + System.lineSeparator());
    }

    @Test
    void aFewDocumentsDrawNoBar() {
        ProgressBar bar = new ProgressBar(new PrintWriter(err), true);
        for (int done = 1; done < ProgressBar.FEWEST; done++) {
            bar.documentRendered("d", done, ProgressBar.FEWEST - 1);
        }
        bar.finish();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBarNotShownWritesNothing() {
        ProgressBar bar = new ProgressBar(new PrintWriter(err), false);
        bar.documentRendered("d", 5, 10);
        bar.finish();
        assertThat(err.toString()).isEmpty();
    }
}
