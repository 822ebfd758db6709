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
 * When the working tree can no longer be compared with the last commit (here a template broken, and
 * committed so), the page says so where the redline was, rather than go on showing the redline of an
 * earlier save as if it were this one's.
 */
class ARedlineThatCannotBeMadeIsSaidInItsPlaceTest {
    private static final String RESULTS = "templates/registered-direct/ex-99.2-press-release-results.md.ftl";

    @TempDir
    Path dir;

    @Test
    void theEarlierRedlineIsNotLeftOnThePage() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed: serve's project is a repository");
        try (ServedProject served = ServedProject.start(dir)) {
            Files.writeString(served.deal, ShortSetHome.capstoneAt("1.10"));
            served.awaitPage("$1.14</del> <ins>$1.10", Duration.ofSeconds(30));

            Path form = served.home.resolve(RESULTS);
            Files.writeString(form, Files.readString(form).replaceFirst("\\$\\{", "\\${nosuch."));
            served.awaitLog("still serving the last set that built", 1, Duration.ofSeconds(30));
            GitRepository.run(served.home, "commit", "-q", "-am", "a broken form");

            String page = served.awaitPage("cannot compare with the last commit: " + RESULTS + ":", Duration.ofSeconds(30));
            assertThat(page).doesNotContain("<del>$1.14</del>");
        }
    }
}
