package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.deal.DealFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build's progress bar is for a terminal: writers that are not one (a pipe, a log, these tests) get none of it. */
class ProgressOnlyOnATerminalTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ClosingSetCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aBuildNotOnATerminalPrintsNoBar() {
        assumeTrue(System.console() == null, "the tests run without a terminal, as Maven forks them");
        assertThat(run("build", DealFixture.VALID.toString(), "--out", dir.toString())).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).doesNotContain("\r").doesNotContain("[#").startsWith("built capstone-2007: ");
    }

    @Test
    void quietIsAccepted() {
        assertThat(run("build", "--quiet", DealFixture.VALID.toString(), "--out", dir.toString())).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(dir.resolve("capstone-2007/closing-set.pdf")).exists();
    }
}
