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
 * A save serve's heap cannot build is a save that does not build: its line, with the heap to give
 * serve, goes on the page and in the log, the last set stays served, and the next good save builds.
 * It no longer ends serve, and its page with it. A deal of 30 MB (within the loader's limit) in a
 * serve of 128 MB runs out for certain.
 */
class ASaveTooLargeForServesHeapIsASaveThatDoesNotBuildTest {
    @TempDir
    Path dir;

    @Test
    void theLineIsOnThePageAndTheNextGoodSaveBuilds() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed: serve's project is a repository");
        try (ServedProject served = ServedProject.start(dir, List.of("-Xmx128m"))) {
            // The first build's redline is read first. Read beside the save's build, on a loaded machine, it
            // ran out of the 128 MB instead ("cannot compare ... with the last commit"), and the build then
            // neither built nor ran out within the minute: the collector freed a little at a time.
            served.awaitPage("no document differs from the last commit", Duration.ofSeconds(30));
            ShortSetHome.writeCapstoneWithANameOf30Mb(served.deal);

            served.awaitLog("closingset: out of memory (Java heap space) with a Java heap of 128 MB; run again with a larger one:"
                    + " CLOSINGSET_JAVA_OPTS=-Xmx256m ./closingset ... (java -Xmx256m -jar target/closingset.jar ...);"
                    + " still serving the last set that built", 1, Duration.ofSeconds(60));
            assertThat(served.get("").body()).contains("<p class=\"error\" id=\"error\">out of memory (Java heap space)")
                    .contains("/output/capstone-2007/8-k.pdf");

            Files.writeString(served.deal, ShortSetHome.capstoneAt("1.10"));
            served.awaitLog("built in", 2, Duration.ofSeconds(60));
            served.awaitPage("$1.14</del> <ins>$1.10", Duration.ofSeconds(60));
            assertThat(served.get("").body()).doesNotContain("class=\"error\"");
        }
    }
}
