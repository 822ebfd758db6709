package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM that runs out of memory says so in one line, with what to give it, and exits 3: not with a
 * stack trace and 1, which for check means "stale". The stack trace comes with --debug. A deal file of
 * 30 MB (within the size limit) read in a heap of 48 MB runs out for certain, in a second.
 */
class RunningOutOfMemoryIsOneLineTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void writeAThirtyMegabyteDeal() throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("large.yaml"), StandardCharsets.UTF_8)) {
            out.write("deal:\n  id: large\n  name: ");
            String mb = "x".repeat(1 << 20);
            for (int i = 0; i < 30; i++) {
                out.write(mb);
            }
            out.write("\n");
        }
    }

    private static Process figures(String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx48m",
                "-cp", System.getProperty("java.class.path"), "com.closingset.cli.ClosingSetCommand", "figures", "large.yaml"));
        command.addAll(List.of(more));
        Process child = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("err").toFile()).start();
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("the command did not finish");
        }
        return child;
    }

    @Test
    void isOneLineSayingWhatToGiveAndExitsThree() throws Exception {
        Process child = figures();

        assertThat(Files.readString(dir.resolve("err"))).isEqualTo("closingset: out of memory (Java heap space) with a Java"
                + " heap of 48 MB; run again with a larger one: CLOSINGSET_JAVA_OPTS=-Xmx96m ./closingset ..."
                + " (java -Xmx96m -jar target/closingset.jar ...)" + System.lineSeparator());
        assertThat(child.exitValue()).isEqualTo(3);
    }

    @Test
    void givesItsStackTraceWithDebug() throws Exception {
        Process child = figures("--debug");

        assertThat(Files.readString(dir.resolve("err"))).startsWith("java.lang.OutOfMemoryError: Java heap space")
                .contains("\tat com.closingset.").endsWith("-jar target/closingset.jar ...)" + System.lineSeparator());
        assertThat(child.exitValue()).isEqualTo(3);
    }

    @Test
    void aStackOverflowAsksForADeeperStack() {
        assertThat(ClosingSetCommand.exhausted(new StackOverflowError(), 512L << 20))
                .startsWith("out of stack (StackOverflowError); run again with a larger stack: CLOSINGSET_JAVA_OPTS=-Xss16m");
        assertThat(ClosingSetCommand.exhausted(new OutOfMemoryError("Java heap space"), 2048L << 20))
                .contains("with a Java heap of 2048 MB").contains("-Xmx4g");
    }
}
