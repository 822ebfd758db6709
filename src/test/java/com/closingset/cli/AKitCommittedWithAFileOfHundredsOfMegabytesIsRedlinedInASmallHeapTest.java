package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's redline reads the last commit's templates by writing them out of git. A kit committed
 * with a scan far larger than serve's heap beside its forms is copied out as git prints it, not held:
 * the page still shows the redline against that commit, which reading git's output whole ran out of
 * memory for.
 */
class AKitCommittedWithAFileOfHundredsOfMegabytesIsRedlinedInASmallHeapTest {
    @TempDir
    Path dir;

    @Test
    void thePageShowsTheRedlineAgainstTheCommit() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed: serve's project is a repository");
        ServedProject.Preparation scan = home -> {
            try (RandomAccessFile file = new RandomAccessFile(home.resolve("templates/registered-direct/precedent-scan.pdf").toFile(), "rw")) {
                file.setLength(256L << 20);
            }
        };
        try (ServedProject served = ServedProject.start(dir, List.of("-Xmx128m"), scan)) {
            Files.writeString(served.deal, ShortSetHome.capstoneAt("1.10"));

            served.awaitPage("$1.14</del> <ins>$1.10", Duration.ofSeconds(60));
            assertThat(served.log()).doesNotContain("out of memory");
        }
    }
}
