package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document a save adds to the set is marked new in the page's list, and one a save takes out is
 * listed struck through, by its title, without a link: before, the new row had no mark at all (only changed files were counted, and a
 * file written for the first time was none of them), and a removed document left the list unsaid.
 * The log counts both among the files changed.
 */
class ADocumentASaveAddsOrTakesOutIsSaidSoOnThePageTest {
    private static final String MANIFEST = "templates/registered-direct/manifest.yaml";
    private static final String MEMO = """

              - id: closing-memo
                title: Closing Memorandum
                template: closing-memo.md.ftl
                output: closing-memo
            """;

    @TempDir
    Path dir;

    @Test
    void theNewDocumentIsMarkedNewAndTheOneTakenOutIsNamed() throws Exception {
        try (ServedProject served = ServedProject.start(dir, List.of(), home -> Files.writeString(
                home.resolve("templates/registered-direct/closing-memo.md.ftl"), "# Closing Memorandum\n\nThe closing of ${deal.issuer.name} took place.\n"))) {
            served.awaitPage("no document differs from the last commit", Duration.ofSeconds(40));
            Path manifest = served.home.resolve(MANIFEST);
            String committed = Files.readString(manifest);

            Files.writeString(manifest, committed + MEMO);
            String page = served.awaitPage("Closing Memorandum <span class=\"mark\">new</span>", Duration.ofSeconds(40));
            assertThat(page).doesNotContain("taken out");
            served.awaitLog("files changed (3 new)", 1, Duration.ofSeconds(10));

            Files.writeString(manifest, committed);
            page = served.awaitPage("<del>Closing Memorandum</del> <span class=\"mark\">taken out</span></td><td>closing-memo.pdf</td>",
                    Duration.ofSeconds(40));
            assertThat(page).doesNotContain("<a href=\"/output/capstone-2007/closing-memo.pdf\">")
                    .doesNotContain("<span class=\"mark\">new</span>");
            served.awaitLog("files changed (3 removed)", 1, Duration.ofSeconds(10));
        }
    }
}
