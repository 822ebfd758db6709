package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve publishes a build's set as soon as it is written, and compares it with the last commit after.
 * Until that is done the page still holds the redline of the save before, and says so; it no longer
 * shows it as this save's ("no document differs from the last commit", with the PDFs already
 * changed). The comparison is held at its {@code git show} by a git on serve's PATH that waits while
 * a gate file exists, so the page is read while it waits, whatever the machine's speed.
 */
class TheRedlineOfTheSaveBeforeIsSaidToBeSoUntilTheNewOneIsReadyTest {
    private static final String AGAIN = "comparing again with the last commit; until that is done, this is the redline"
            + " from before the latest change";

    @TempDir
    Path dir;

    @Test
    void thePageSaysItIsComparingAgainWhileTheComparisonIsHeld() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed: serve's project is a repository");
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh to hold git with");
        Path gate = dir.resolve("gate");
        Path bin = heldGit(dir.resolve("bin"), gate);
        try (ServedProject served = ServedProject.start(dir, Map.of("PATH", bin + File.pathSeparator + System.getenv("PATH")))) {
            served.awaitPage("no document differs from the last commit", Duration.ofSeconds(30));

            Files.createFile(gate);
            Files.writeString(served.deal, ShortSetHome.capstoneAt("1.10"));
            served.awaitLog("built in", 2, Duration.ofSeconds(30));
            String held = served.awaitPage(AGAIN, Duration.ofSeconds(30));
            assertThat(held).doesNotContain("no document differs from the last commit").contains("changed</span>");

            Files.delete(gate);
            String compared = served.awaitPage("$1.14</del> <ins>$1.10", Duration.ofSeconds(30));
            assertThat(compared).doesNotContain("comparing again");
        }
    }

    /** A folder holding a {@code git} that waits while {@code gate} exists before it shows an object, then runs the real one. */
    private static Path heldGit(Path bin, Path gate) throws Exception {
        Files.createDirectories(bin);
        Path git = bin.resolve("git");
        Files.writeString(git, "#!/bin/sh\n"
                + "if [ \"$1\" = show ]; then while [ -f '" + gate + "' ]; do sleep 0.05; done; fi\n"
                + "exec '" + realGit().orElseThrow() + "' \"$@\"\n");
        Files.setPosixFilePermissions(git, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private static Optional<Path> realGit() {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator)).map(p -> Path.of(p, "git"))
                .filter(Files::isExecutable).findFirst();
    }
}
