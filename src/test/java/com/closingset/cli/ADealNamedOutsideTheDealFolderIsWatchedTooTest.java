package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code closingset serve ../elsewhere/deal.yaml}: a deal file named outside {@code deal/} is built at
 * every save like one inside it (its own folder is watched), the first build's line and the page
 * name it, and another file of that folder builds nothing.
 */
class ADealNamedOutsideTheDealFolderIsWatchedTooTest {
    @TempDir
    Path dir;

    @Test
    void savingItBuildsItAgain() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed: serve's project is a repository");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path deal = elsewhere.resolve("capstone.yaml");
        Files.writeString(deal, ShortSetHome.capstone());
        try (ServedProject served = ServedProject.start(dir, deal.toString())) {
            assertThat(served.log()).contains("closingset: building " + deal + "\n");
            served.awaitPage("Watching <code>deal/</code>, <code>templates/</code> and <code>" + deal + "</code>;",
                    Duration.ofSeconds(30));
            Files.writeString(elsewhere.resolve("notes.yaml"), "not: a deal\n");
            Files.writeString(deal, ShortSetHome.capstoneAt("1.10"));

            served.awaitLog("closingset: building: " + deal + " changed", 1, Duration.ofSeconds(30));
            served.awaitLog("built in", 2, Duration.ofSeconds(30));
            assertThat(Files.readString(served.home.resolve("output/" + ShortSetHome.DEAL + "/8-k.md"))).contains("$1.10");
            assertThat(served.log()).doesNotContain("notes.yaml");
        }
    }
}
