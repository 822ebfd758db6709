package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.GitRepository;
import com.closingset.layout.SetLayout;
import com.closingset.pipeline.OutputLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C while serve is building after a save: the build finishes and its set is swapped in whole,
 * the output's lock names no one, no scratch folder is left, and the program says it has stopped.
 */
class CtrlCStopsServeOnceTheBuildUnderWayIsInTest {
    private static final int SIGINT = 2;

    @TempDir
    Path dir;

    @Test
    void theSetOfTheSaveIsInAndNothingIsLeftHalfDone() throws Exception {
        assumeTrue(GitRepository.works(), "git is not installed: serve's project is a repository");
        try (ServedProject served = ServedProject.start(dir)) {
            Files.writeString(served.deal, ShortSetHome.capstoneAt("1.10"));
            served.awaitLog("building: deal/" + ShortSetHome.DEAL + ".yaml changed", 1, Duration.ofSeconds(20));
            assumeFalse(ignoresCtrlC(served.process.pid()), "serve's process ignores SIGINT, as every process started in the"
                    + " background of a script does (and so the tests, when run that way): no Ctrl-C can reach it");
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(served.process.pid())).start();
            assertThat(kill.waitFor()).isZero();

            assertThat(served.process.waitFor(60, TimeUnit.SECONDS)).as("serve stopped").isTrue();
            assertThat(served.log()).contains("stopped serving");
            assertThat(served.log().split("built in", -1)).as(served.log()).hasSize(3);
            Path output = served.home.resolve("output");
            assertThat(Files.readString(output.resolve(ShortSetHome.DEAL).resolve("8-k.md"))).contains("$1.10");
            try (Stream<Path> listed = Files.list(output)) {
                assertThat(listed.map(p -> p.getFileName().toString())).noneMatch(n -> SetLayout.SCRATCH.matcher(n).matches());
            }
            assertThat(Files.readString(output.resolve(OutputLock.FILE))).isEmpty();
        }
    }

    /** Whether SIGINT is among the signals the process ignores (Linux's {@code SigIgn}, a hex mask; SIGINT is 2). */
    private static boolean ignoresCtrlC(long pid) throws java.io.IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.isReadable(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:"))
                .anyMatch(l -> (new java.math.BigInteger(l.substring("SigIgn:".length()).strip(), 16).testBit(SIGINT - 1)));
    }
}
