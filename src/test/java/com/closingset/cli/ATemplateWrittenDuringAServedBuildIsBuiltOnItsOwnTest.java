package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import com.closingset.pipeline.OutputLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template saved while serve builds stops that build before its swap, as in {@code closingset build}.
 * There the line ends "build again"; serve builds again on that save by itself, so its line does
 * not tell the lawyer to, and the next line of the log is that build. The build is held at its wait
 * for a build's lock, and the template saved there.
 */
class ATemplateWrittenDuringAServedBuildIsBuiltOnItsOwnTest {
    private static final String FORM = "templates/registered-direct/8-k.md.ftl";

    @TempDir
    Path dir;

    @Test
    void theStoppedBuildsLineAsksForNothingAndTheSaveIsBuilt() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed: serve's project is a repository");
        try (ServedProject served = ServedProject.start(dir)) {
            try (OutputLock held = OutputLock.forBuild(served.home.resolve("output"), holder -> true)) {
                Files.writeString(served.deal, ShortSetHome.capstoneAt("1.10"));
                served.awaitLog("waiting for it to finish", 1, Duration.ofSeconds(20));
                Files.writeString(served.home.resolve(FORM), "\nA sentence saved during the build.\n", StandardOpenOption.APPEND);
            }
            served.awaitLog("built in", 2, Duration.ofSeconds(40));

            String stopped = "closingset: " + FORM + ": written while the set was being built, so its documents could mix"
                    + " the old text and the new; the previous output is unchanged; still serving the last set that built";
            assertThat(served.log()).contains(stopped + System.lineSeparator() + "closingset: building: " + FORM + " changed")
                    .doesNotContain("build again");
            assertThat(Files.readString(served.home.resolve("output/" + ShortSetHome.DEAL + "/8-k.md")))
                    .contains("A sentence saved during the build.");
        }
    }
}
