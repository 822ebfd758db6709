package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.DealFixture;
import com.closingset.deal.SampleDeal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} compares each file as it is made rather than holding the whole set: 80 investors
 * (2,000 pages, about 30 MB of PDFs) are checked in a JVM of 64 MB of heap. Checked so on a 2-core
 * machine: this check needed 48 MB; the check that held the set in memory failed with 96 MB for 100
 * investors and with 64 MB for 60. Time is not asserted (about 30 s of drawing), the outcome is.
 */
class CheckFitsInTheMemoryOfABuildTest {
    private static final int INVESTORS = 80;

    @TempDir
    Path dir;

    @Test
    void eightyInvestorsAreCheckedInAHeapOf64Mb() throws Exception {
        Path deal = dir.resolve("sample.yaml");
        Files.writeString(deal, SampleDeal.yaml(DealFixture.kit(), INVESTORS, SampleDeal.DEFAULT_SEED), StandardCharsets.UTF_8);
        Path out = dir.resolve("output");
        StringWriter err = new StringWriter();
        assertThat(ClosingSetCommand.run(new String[] {"build", deal.toString(), "--out", out.toString(), "--quiet"},
                new PrintWriter(new StringWriter()), new PrintWriter(err))).as(err.toString()).isZero();

        Path stdout = dir.resolve("check.out");
        Path stderr = dir.resolve("check.err");
        Process child = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx64m",
                "-Dclosingset.home=" + Path.of("").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"),
                "com.closingset.cli.ClosingSetCommand",
                "check", deal.toString(), "--out", out.toString()))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        // A generous bound only so that a hang cannot stall the build.
        if (!child.waitFor(10, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("check did not finish");
        }

        assertThat(Files.readString(stderr)).isEmpty();
        assertThat(Files.readString(stdout)).endsWith("sample-" + INVESTORS + ": current" + System.lineSeparator());
        assertThat(child.exitValue()).isZero();
    }
}
