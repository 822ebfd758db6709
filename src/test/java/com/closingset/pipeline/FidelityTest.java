package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated documents reproduce the filing: {@code ../shared/tools/fidelity.py} finds at least 99%
 * of each document's word 6-grams. Skipped where ../shared or python3 is absent (a lawyer's laptop).
 */
class FidelityTest {
    private static final Path TOOL = Path.of("../shared/tools/fidelity.py");
    /** The documents of the filing, as ../shared/seed/SEGMENTS.tsv names them, and the tool's total. */
    private static final List<String> FILING = List.of("8-k", "ex-1.1-placement-agency-agreement", "ex-4.1-warrant",
            "ex-5.3-opinion", "ex-10.1-subscription", "ex-99.1-press-release-offering", "ex-99.2-press-release-results",
            "overall");
    private static final Pattern ROW = Pattern.compile("^(\\S+)\\s+([0-9.]+)%", Pattern.MULTILINE);

    @TempDir
    Path out;

    @Test
    void everyDocumentOfTheFilingIsReproducedAtLeast99Percent() throws Exception {
        assumeTrue(Files.isRegularFile(TOOL), "../shared/tools/fidelity.py is not beside the project");
        assumeTrue(python3Runs(), "python3 is not installed");
        Path folder = new OutputFolder(out).write(TestBuilds.capstone());

        Process p = new ProcessBuilder("python3", TOOL.toString(), folder.toString()).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(report).isZero();

        Map<String, Double> pct = new HashMap<>();
        Matcher m = ROW.matcher(report);
        while (m.find()) {
            pct.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        assertThat(pct).as(report).containsOnlyKeys(FILING).allSatisfy((document, percent) ->
                assertThat(percent).as("%s in%n%s", document, report).isGreaterThanOrEqualTo(99.0));
    }

    private static boolean python3Runs() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
