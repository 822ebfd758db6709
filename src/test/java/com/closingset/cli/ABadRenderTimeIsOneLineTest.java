package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code -Dclosingset.renderSeconds} that names no whole number of seconds stops any command with
 * one line naming the setting, as a bad SOURCE_DATE_EPOCH does: not an internal error in the middle
 * of a build, nor a class that fails to initialise in a redline. Nothing is written.
 */
class ABadRenderTimeIsOneLineTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"build", "redline", "check"})
    void theSettingIsNamedInOneLine(String command) throws Exception {
        Path out = dir.resolve("out");
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dclosingset.renderSeconds=soon", "-cp", System.getProperty("java.class.path"),
                "com.closingset.cli.ClosingSetCommand", command, "deal/capstone-2007.yaml", "--out", out.toString()));
        Path err = dir.resolve("err");
        Process process = new ProcessBuilder(line).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEqualTo("closingset: -Dclosingset.renderSeconds:"
                + " expected a whole number of seconds, at least 1, got \"soon\"" + System.lineSeparator());
        assertThat(out).doesNotExist();
    }
}
