package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save that does not build stops the comparison of the set before it at the next deal: a deal
 * left uncompared keeps the redline from before that set, and says it will not be compared until a
 * save builds (not "comparing again" for ever, nor the old redline as the set's), while the deal
 * being compared finishes and shows its redline. Two deals, both changed by one save and compared in
 * turn; the first is held at its comparison by a {@link HeldGit} while the second is saved broken.
 */
class ARedlineLeftByASaveThatDidNotBuildSaysSoTest {
    private static final String NOT_AGAIN = "not compared again with the last commit: the save after the set above did"
            + " not build, so this is the redline from before that set";

    @TempDir
    Path dir;

    @Test
    void theDealLeftUncomparedSaysItWaitsForASaveThatBuilds() throws Exception {
        HeldGit git = HeldGit.in(dir);
        try (ServedProject served = git.serve(dir, h -> Files.writeString(other(h), otherAt("1.14")))) {
            served.awaitPage("no document differs from the last commit", 2, Duration.ofSeconds(30));

            git.close();
            Files.writeString(served.deal, ShortSetHome.capstoneAt("1.10"));
            Files.writeString(other(served.home), otherAt("1.10"));
            served.awaitPage(TheRedlineOfTheSaveBeforeIsSaidToBeSoUntilTheNewOneIsReadyTest.AGAIN, 2, Duration.ofSeconds(30));
            Files.writeString(other(served.home), otherAt("one dollar"));
            served.awaitLog("still serving the last set that built", 1, Duration.ofSeconds(30));
            String failed = served.awaitPage(NOT_AGAIN, Duration.ofSeconds(30));
            assertThat(failed).contains("class=\"error\"").contains(TheRedlineOfTheSaveBeforeIsSaidToBeSoUntilTheNewOneIsReadyTest.AGAIN);

            git.open();
            String marker = "$1.14</del> <ins>$1.10";
            String compared = served.awaitPage(marker, Duration.ofSeconds(30));
            assertThat(compared).as("the deal held finished; the other still waits").contains(NOT_AGAIN).doesNotContain("comparing again");

            Files.writeString(other(served.home), otherAt("1.10"));
            int oneDeal = compared.split(Pattern.quote(marker), -1).length - 1;
            String both = served.awaitPage(marker, 2 * oneDeal, Duration.ofSeconds(30));
            assertThat(both).doesNotContain("not compared").doesNotContain("comparing again").doesNotContain("class=\"error\"");
        }
    }

    private static Path other(Path home) {
        return home.resolve("deal/other.yaml");
    }

    /** A second deal, Capstone's under another id, at {@code price} a unit. */
    private static String otherAt(String price) throws Exception {
        return ShortSetHome.capstoneAt(price).replace("id: " + ShortSetHome.DEAL, "id: other");
    }
}
