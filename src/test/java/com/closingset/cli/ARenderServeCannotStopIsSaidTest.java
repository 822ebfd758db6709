package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loop with an empty body begins no instruction the time bound could stop: the build reports it at
 * the loop, and in a build the program then ends, and the loop with it. serve goes on, and so does the
 * loop, using a core; serve says so on the page and in its log instead of leaving the core busy unsaid.
 */
class ARenderServeCannotStopIsSaidTest {
    @TempDir
    Path dir;

    @Test
    void theLogAndThePageSayTheRenderGoesOn() throws Exception {
        try (ServedProject served = servedWithTheResultsReleaseEnding("<#list 1.. as i></#list>")) {
            assertThat(served.log()).contains("<#list 1.. as i>: the document would take longer than 1 second to write",
                    "; Java cannot stop that render: it goes on using a core until it ends or serve stops (Ctrl-C, then serve again); "
                            + "still serving the last set that built");
            served.awaitPage("Java cannot stop that render", Duration.ofSeconds(30));
        }
    }

    @Test
    void aRenderThatStoppedAtItsBoundIsNotSaidToGoOn() throws Exception {
        try (ServedProject served = servedWithTheResultsReleaseEnding("<#list 1.. as i><#assign x = i></#list>")) {
            assertThat(served.log()).contains("<#assign x = i>: the document would take longer than 1 second to write")
                    .doesNotContain("cannot stop");
        }
    }

    /** serve with a time bound of a second, once the save adding {@code loop} to the results release has failed. */
    private ServedProject servedWithTheResultsReleaseEnding(String loop) throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed: serve's project is a repository");
        ServedProject served = ServedProject.start(dir, List.of("-Dclosingset.renderSeconds=1"));
        try {
            Path form = served.home.resolve("templates/registered-direct/ex-99.2-press-release-results.md.ftl");
            Files.writeString(form, Files.readString(form) + loop + "\n");
            served.awaitLog("still serving the last set that built", 1, Duration.ofSeconds(60));
            return served;
        } catch (Exception | AssertionError e) {
            served.close();
            throw e;
        }
    }
}
