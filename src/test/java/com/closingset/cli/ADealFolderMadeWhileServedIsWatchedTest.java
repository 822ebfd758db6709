package com.closingset.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve started in a project with no {@code deal/} yet (its kit set up first), or one whose
 * {@code deal/} a checkout takes away and brings back, watches the folder once it is made: before,
 * only the folders there at the start were watched, and every save into a {@code deal/} made later
 * went unseen for as long as serve ran.
 */
class ADealFolderMadeWhileServedIsWatchedTest {
    @TempDir
    Path dir;

    @Test
    void aDealFolderMadeAfterServeStartedIsWatched() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed: the project is a repository");
        Path home = ServedProject.committed(dir, h -> {
            Files.delete(h.resolve("deal/" + ShortSetHome.DEAL + ".yaml"));
            Files.delete(h.resolve("deal"));
        });
        try (ServedProject served = ServedProject.started(home, dir.resolve("serve.log"), List.of(), Map.of())) {
            served.awaitLog("cannot read the folder of deal files", 1, Duration.ofSeconds(40));

            Files.createDirectory(home.resolve("deal"));
            served.awaitLog("no deal files (*.yaml) to serve", 1, Duration.ofSeconds(20));
            Files.writeString(home.resolve("deal/" + ShortSetHome.DEAL + ".yaml"), ShortSetHome.capstone());
            served.awaitLog("built in", 1, Duration.ofSeconds(40));

            Files.writeString(home.resolve("deal/" + ShortSetHome.DEAL + ".yaml"), ShortSetHome.capstoneAt("1.10"));
            served.awaitLog("built in", 2, Duration.ofSeconds(40));
        }
    }

    @Test
    void aDealFolderRemovedAndMadeAgainIsWatchedAgain() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed: the project is a repository");
        try (ServedProject served = ServedProject.start(dir)) {
            Path deal = served.home.resolve("deal");
            Files.delete(served.deal);
            Files.delete(deal);
            served.awaitLog("cannot read the folder of deal files", 1, Duration.ofSeconds(20));

            Files.createDirectory(deal);
            Files.writeString(served.deal, ShortSetHome.capstoneAt("1.10"));
            served.awaitLog("built in", 2, Duration.ofSeconds(40));
            Files.writeString(served.deal, ShortSetHome.capstoneAt("1.12"));
            served.awaitLog("built in", 3, Duration.ofSeconds(40));
        }
    }
}
