package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.GitRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deal file removed from {@code deal/} is a change against the last commit that no deal's redline
 * can show, since its deal is no longer built: the page lists it, named as the last commit's file
 * names its deal, until the removal is committed. Before, the deal left the page without a word.
 */
class ADealFileRemovedSinceTheLastCommitIsListedTest {
    private static final String REMOVED = "Deal files removed since the last commit";

    @TempDir
    Path dir;

    @Test
    void theRemovedFileIsListedUntilItsRemovalIsCommitted() throws Exception {
        try (ServedProject served = ServedProject.start(dir, List.of(), home -> Files.writeString(home.resolve("deal/second-2007.yaml"),
                ShortSetHome.capstone().replace("id: capstone-2007", "id: second-2007")))) {
            served.awaitPage("no document differs from the last commit", 2, Duration.ofSeconds(40));

            Files.delete(served.home.resolve("deal/second-2007.yaml"));
            String page = served.awaitPage(REMOVED, Duration.ofSeconds(40));
            assertThat(page).contains("<code>deal/second-2007.yaml</code>: Capstone Turbine Corporation registered direct offering"
                    + " of common stock and warrants (second-2007) <span class=\"mark\">removed</span>")
                    .doesNotContain("id=\"deal-second-2007\"");

            GitRepository.run(served.home, "rm", "-q", "--cached", "deal/second-2007.yaml");
            GitRepository.run(served.home, "commit", "-q", "-m", "the second deal dropped");
            served.awaitLog("comparing the working tree with it again", 1, Duration.ofSeconds(20));
            assertThat(served.awaitPageWithout(REMOVED, Duration.ofSeconds(40))).contains("id=\"deal-capstone-2007\"");
        }
    }

    @Test
    void aServeOfTheDealsNamedListsNoOther() throws Exception {
        Path home = ServedProject.committed(dir, h -> Files.writeString(h.resolve("deal/second-2007.yaml"), ShortSetHome.capstone()
                .replace("id: capstone-2007", "id: second-2007")));
        Files.delete(home.resolve("deal/second-2007.yaml"));
        try (ServedProject served = ServedProject.serve(home, dir.resolve("serve.log"), List.of(),
                home.resolve("deal/" + ShortSetHome.DEAL + ".yaml").toString())) {
            assertThat(served.awaitPage("no document differs from the last commit", Duration.ofSeconds(40))).doesNotContain(REMOVED);
        }
    }
}
