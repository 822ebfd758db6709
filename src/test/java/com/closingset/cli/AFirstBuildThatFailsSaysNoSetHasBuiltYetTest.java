package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve started on a deal that does not build has no set to go on serving: its log line and its
 * page say that none has built yet, not that the last set that built is still served (there is none,
 * and the page lists none); the first good save builds it.
 */
class AFirstBuildThatFailsSaysNoSetHasBuiltYetTest {
    @TempDir
    Path dir;

    @Test
    void theLogAndThePageSayNoneHasBuiltUntilOneDoes() throws Exception {
        Path home = ShortSetHome.make(dir.resolve("project"), ShortSetHome.capstoneAt("one dollar"));
        try (ServedProject served = ServedProject.started(home, dir.resolve("serve.log"), List.of(), Map.of())) {
            served.awaitLog("expected an amount like 1.14, got \"one dollar\"; no set has built yet", 1, Duration.ofSeconds(40));
            assertThat(served.log()).doesNotContain("still serving");
            String page = served.awaitPage("The build failed, and no set has built yet.", Duration.ofSeconds(10));
            assertThat(page).doesNotContain("the set below").doesNotContain("No deal built yet.");

            Files.writeString(served.deal, ShortSetHome.capstone());
            served.awaitLog("built in", 1, Duration.ofSeconds(40));
            assertThat(served.awaitPage("Up to date with the files on disk.", Duration.ofSeconds(10)))
                    .doesNotContain("class=\"error\"").contains("/output/capstone-2007/8-k.pdf");
        }
    }
}
