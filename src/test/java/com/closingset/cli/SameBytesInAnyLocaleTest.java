package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.closingset.pipeline.OutputLock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build under a Turkish locale, where "I" lower-cases to a dotless "ı", writes the same bytes as one
 * under en_US: every case change, number and message of the engine is locale-independent. Real JVMs,
 * because the default locale is fixed at start-up.
 */
class SameBytesInAnyLocaleTest {
    @TempDir
    static Path dir;

    @Test
    void aTurkishBuildWritesTheSameFilesAsAnAmericanOne() throws Exception {
        // Side by side: each is a whole Capstone build.
        Process en = start("en", "US");
        Process tr = start("tr", "TR");
        Map<String, byte[]> american = finish(en, "en", "US");
        Map<String, byte[]> turkish = finish(tr, "tr", "TR");

        assertThat(american).isNotEmpty().containsKey("capstone-2007/subscription-01.pdf");
        assertThat(turkish.keySet()).isEqualTo(american.keySet());
        List<String> differing = american.keySet().stream()
                .filter(name -> !java.util.Arrays.equals(american.get(name), turkish.get(name))).toList();
        assertThat(differing).as("files that differ between en_US and tr_TR").isEmpty();
    }

    private static Process start(String language, String country) throws IOException {
        return new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-Duser.language=" + language, "-Duser.country=" + country,
                "-cp", System.getProperty("java.class.path"),
                "com.closingset.cli.ClosingSetCommand",
                "build", "--quiet", "deal/capstone-2007.yaml", "--out", dir.resolve(language + "_" + country).toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static Map<String, byte[]> finish(Process child, String language, String country) throws Exception {
        // A generous bound only so a hang cannot stall the suite.
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("the " + language + "_" + country + " build did not finish");
        }
        assertThat(child.exitValue()).as("exit code of the " + language + "_" + country + " build").isZero();
        return files(dir.resolve(language + "_" + country));
    }

    /** Every file of the set by its path under the output folder; the build record names the folder, so it is left out. */
    private static Map<String, byte[]> files(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            // The lock file names the process that built: not output.
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> !OutputLock.isLockFile(f)).toList()) {
                if (!file.getFileName().toString().equals(".closingset-build")) {
                    files.put(out.relativize(file).toString(), Files.readAllBytes(file));
                }
            }
        }
        return files;
    }
}
