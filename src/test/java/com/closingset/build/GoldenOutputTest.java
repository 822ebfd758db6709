package com.closingset.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code output/} is the golden set reviewers diff: a fresh build must reproduce it byte
 * for byte. PDFs are not committed, but their SHA-256 is, in index.md and SHA256SUMS.
 */
class GoldenOutputTest {
    private static final Path COMMITTED = Path.of("output/capstone-2007");

    @Test
    void aFreshBuildOfTheCapstoneDealEqualsTheCommittedOutput() throws Exception {
        BuiltSet fresh = TestBuilds.capstone();
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : fresh.files().entrySet()) {
            if (f.getKey().endsWith(".pdf")) {
                continue;
            }
            Path committed = COMMITTED.resolve(f.getKey());
            if (!Files.exists(committed)) {
                stale.add(f.getKey() + " is missing");
            } else if (!new String(Files.readAllBytes(committed), StandardCharsets.UTF_8)
                    .equals(new String(f.getValue(), StandardCharsets.UTF_8))) {
                stale.add(f.getKey() + " differs");
            }
        }
        try (Stream<Path> files = Files.list(COMMITTED)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".pdf") && !fresh.files().containsKey(n))
                    .forEach(n -> stale.add(n + " is no longer built"));
        }
        assertThat(stale).as("output/capstone-2007 is stale: run ./closingset build and commit output/").isEmpty();
    }

    @Test
    void theSetHasTheThreeDocumentsInBothFormatsAndTheIndex() throws Exception {
        assertThat(TestBuilds.capstone().files().keySet()).containsExactly(
                "8-k.md", "8-k.pdf",
                "SHA256SUMS",
                "ex-99.1-press-release-offering.md", "ex-99.1-press-release-offering.pdf",
                "ex-99.2-press-release-results.md", "ex-99.2-press-release-results.pdf",
                "index.md");
    }
}
