package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve publishes a build's set as soon as it is written, and compares it with the last commit after.
 * Until that is done the page still holds the redline of the save before, and says so; it no longer
 * shows it as this save's ("no document differs from the last commit", with the PDFs already
 * changed). The comparison is held by a {@link HeldGit}, so the page is read while it waits.
 */
class TheRedlineOfTheSaveBeforeIsSaidToBeSoUntilTheNewOneIsReadyTest {
    static final String AGAIN = "comparing again with the last commit; until that is done, this is the redline"
            + " from before the latest change";

    @TempDir
    Path dir;

    @Test
    void thePageSaysItIsComparingAgainWhileTheComparisonIsHeld() throws Exception {
        HeldGit git = HeldGit.in(dir);
        try (ServedProject served = git.serve(dir, h -> { })) {
            served.awaitPage("no document differs from the last commit", Duration.ofSeconds(30));

            git.close();
            Files.writeString(served.deal, ShortSetHome.capstoneAt("1.10"));
            served.awaitLog("built in", 2, Duration.ofSeconds(30));
            String held = served.awaitPage(AGAIN, Duration.ofSeconds(30));
            assertThat(held).doesNotContain("no document differs from the last commit").contains("changed</span>");

            git.open();
            String compared = served.awaitPage("$1.14</del> <ins>$1.10", Duration.ofSeconds(30));
            assertThat(compared).doesNotContain("comparing again");
        }
    }
}
