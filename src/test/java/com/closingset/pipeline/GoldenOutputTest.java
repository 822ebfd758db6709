package com.closingset.pipeline;

import com.closingset.layout.SetLayout;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code output/} is the golden set reviewers diff: a fresh build of each deal must
 * reproduce it byte for byte. PDFs are not committed, but their SHA-256 is, in index.md and SHA256SUMS.
 */
class GoldenOutputTest {

    @ParameterizedTest
    @ValueSource(strings = {"capstone-2007", "northwind-2031"})
    void aFreshBuildOfEachDealEqualsTheCommittedOutput(String id) throws Exception {
        Path committed = Path.of("output", id);
        BuiltSet fresh = TestBuilds.builder().build(Path.of("deal", id + ".yaml"), "deal/" + id + ".yaml");
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : fresh.files().entrySet()) {
            // PDFs and Word files are not committed.
            if (SetLayout.isDrawn(f.getKey())) {
                continue;
            }
            Path file = committed.resolve(f.getKey());
            if (!Files.exists(file)) {
                stale.add(f.getKey() + " is missing");
            } else if (!new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                    .equals(new String(f.getValue(), StandardCharsets.UTF_8))) {
                stale.add(f.getKey() + " differs");
            }
        }
        try (Stream<Path> files = Files.list(committed)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> !SetLayout.isDrawn(n) && !n.equals(SetLayout.BUILD_RECORD) && !fresh.files().containsKey(n))
                    .forEach(n -> stale.add(n + " is no longer built"));
        }
        assertThat(stale).as("output/%s is stale: run ./closingset build and commit output/", id).isEmpty();
    }

    @Test
    void theCapstoneSetIsTheFilingsSevenDocumentsThenEachInvestorsWarrantAndSubscription() throws Exception {
        List<String> documents = new ArrayList<>(List.of("8-k", "ex-1.1-placement-agency-agreement", "ex-4.1-warrant",
                "ex-5.3-opinion", "ex-10.1-subscription", "ex-99.1-press-release-offering", "ex-99.2-press-release-results"));
        for (int i = 1; i <= 5; i++) {
            documents.add("warrant-0" + i);
            documents.add("subscription-0" + i);
        }
        List<String> expected = new ArrayList<>(List.of("SHA256SUMS", "index.md", "closing-set.pdf"));
        documents.forEach(d -> {
            expected.add(d + ".md");
            expected.add(d + ".pdf");
            expected.add(d + ".docx");
        });
        assertThat(TestBuilds.capstone().files().keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }
}
