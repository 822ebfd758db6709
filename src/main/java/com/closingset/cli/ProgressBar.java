package com.closingset.cli;

import com.closingset.pipeline.BuildProgress;
import java.io.PrintWriter;

/**
 * A long build's progress on the terminal, one line per deal redrawn in place:
 * {@code building capstone-2007  [##########----------] 9/17}. Only for a person watching: never when
 * the error stream is not a terminal (a pipe, a log, a test) or with {@code --quiet}.
 */
final class ProgressBar implements BuildProgress {
    static final int WIDTH = 20;
    /** A deal with fewer documents builds in a moment; a bar would only flicker. */
    static final int FEWEST = 8;
    private final PrintWriter err;
    private final boolean shown;
    private boolean lineOpen;

    ProgressBar(PrintWriter err, boolean shown) {
        this.err = err;
        this.shown = shown;
    }

    /** A bar drawn on {@code err} only when the process has a terminal and {@code --quiet} was not given. */
    static ProgressBar forTerminal(PrintWriter err, boolean quiet) {
        return new ProgressBar(err, !quiet && System.console() != null);
    }

    /** The bar's text for {@code done} of {@code total} documents, {@code width} cells wide. */
    static String line(String dealId, int done, int total, int width) {
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        return "building " + dealId + "  [" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total;
    }

    @Override
    public void documentRendered(String dealId, int done, int total) {
        if (!shown || total < FEWEST) {
            return;
        }
        err.print("\r" + line(dealId, done, total, WIDTH));
        lineOpen = true;
        if (done == total) {
            finish();
        } else {
            err.flush();
        }
    }

    /** Ends a bar's line, so what is printed next (an error, say) starts a line of its own. */
    void finish() {
        if (lineOpen) {
            err.println();
            err.flush();
            lineOpen = false;
        }
    }
}
