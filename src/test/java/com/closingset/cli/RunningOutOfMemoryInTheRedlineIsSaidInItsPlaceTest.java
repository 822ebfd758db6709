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
 * serve's redline runs beside its builds, on a thread of its own. When it runs out of memory there,
 * the page says so in the redline's place, with the heap to give serve, as the command line would,
 * and the other deals are still compared: left unsaid, the page said "comparing with the last
 * commit..." for ever. A deal committed with a name of 30 MB (within the loader's limit) read for the
 * redline in a heap of 128 MB runs out for certain, while the working tree's deal builds.
 */
class RunningOutOfMemoryInTheRedlineIsSaidInItsPlaceTest {
    @TempDir
    Path dir;

    @Test
    void thePageAndTheLogSayWhatToGiveServe() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed: serve's project is a repository");
        Path home = ServedProject.committed(dir, h -> {
            Files.writeString(h.resolve("deal/other.yaml"), ShortSetHome.capstone().replace("id: " + ShortSetHome.DEAL, "id: other"));
            ShortSetHome.writeCapstoneWithANameOf30Mb(h.resolve("deal/" + ShortSetHome.DEAL + ".yaml"));
        });
        Files.writeString(home.resolve("deal/" + ShortSetHome.DEAL + ".yaml"), ShortSetHome.capstone());

        String line = "cannot compare with the last commit: out of memory (Java heap space) with a Java heap of 128 MB;"
                + " run again with a larger one: CLOSINGSET_JAVA_OPTS=-Xmx256m ./closingset ...";
        try (ServedProject served = ServedProject.serve(home, dir.resolve("serve.log"), List.of("-Xmx128m"))) {
            served.awaitPage(line, Duration.ofSeconds(60));
            String page = served.awaitPage("no document differs from the last commit", Duration.ofSeconds(60));

            assertThat(served.log()).contains("closingset: cannot compare deal/" + ShortSetHome.DEAL + ".yaml with the last commit:"
                    + " out of memory (Java heap space)");
            assertThat(page).as("the other deal is compared all the same").contains(line);
            assertThat(served.process.isAlive()).isTrue();
        }
    }
}
