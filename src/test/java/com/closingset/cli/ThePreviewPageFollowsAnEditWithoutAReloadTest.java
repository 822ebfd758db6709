package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lawyer keeps the preview open in a browser and edits the deal: the page, in headless Chromium,
 * comes to show the new price in the redline against the last commit and marks the documents the
 * save changed, by itself: the script's state from before the edit is still there, so the page was
 * never reloaded.
 */
class ThePreviewPageFollowsAnEditWithoutAReloadTest {
    @TempDir
    Path dir;

    @Test
    void theNewPriceShowsOnTheOpenPage() throws Exception {
        Path chromium = DevTools.chromiumForThePage();
        try (ServedProject served = ServedProject.start(dir);
             DevTools page = DevTools.open(chromium, served.url(), Files.createDirectories(dir.resolve("profile")))) {
            String before = page.awaitText("no document differs from the last commit", Duration.ofSeconds(30));
            assertThat(before).contains("Current Report on Form 8-K", "no document differs from the last commit")
                    .doesNotContain("$1.10").doesNotContain("changed\t");
            page.evaluate("window.notReloaded = 'still this page'");

            Files.writeString(served.deal, ShortSetHome.capstoneAt("1.10"));

            String after = page.awaitText("$1.10", Duration.ofSeconds(30));
            assertThat(after).as(served.log()).contains("$1.14 $1.10", "documents changed");
            assertThat(page.evaluate("window.notReloaded")).isEqualTo("still this page");
            assertThat(page.evaluate("[...document.querySelectorAll('tr.changed td:first-child')].map(td => td.innerText).join('|')"))
                    .contains("Current Report on Form 8-K changed");
        }
    }
}
