package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.pipeline.OutputLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One build at a time writes an output folder: builds started together in real processes both
 * succeed, one after the other; a second build waits with a message, or with {@code --no-wait}
 * stops naming the holder's process; a check waits for a build.
 */
class OneBuildAtATimeTest {
    private static final int TRIALS = 4;

    @TempDir
    Path dir;

    @Test
    void twoBuildsStartedTogetherBothSucceedAndLeaveTheLastDealsSet() throws Exception {
        String[] prices = {"1.14", "1.17"};
        Map<String, Map<String, String>> expected = new TreeMap<>();
        for (String price : prices) {
            Path reference = ShortSetHome.make(dir.resolve("reference-" + price), ShortSetHome.capstoneAt(price));
            assertThat(run(reference, "build")).isZero();
            expected.put(price, ShortSetHome.contents(reference.resolve("output/" + ShortSetHome.DEAL)));
        }
        Path home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstoneAt(prices[0]));
        for (int i = 0; i < TRIALS; i++) {
            // Another price each trial, so that both builds have a set to write.
            String price = prices[(i + 1) % 2];
            Files.writeString(home.resolve("deal/" + ShortSetHome.DEAL + ".yaml"), ShortSetHome.capstoneAt(price));
            Process first = ShortSetHome.start(home, home.resolve("first.log"), "build", "--quiet");
            Process second = ShortSetHome.start(home, home.resolve("second.log"), "build", "--quiet");
            assertThat(first.waitFor()).as("trial %d: %s", i, Files.readString(home.resolve("first.log"))).isZero();
            assertThat(second.waitFor()).as("trial %d: %s", i, Files.readString(home.resolve("second.log"))).isZero();
            assertThat(ShortSetHome.contents(home.resolve("output/" + ShortSetHome.DEAL))).isEqualTo(expected.get(price));
            try (Stream<Path> left = Files.list(home.resolve("output"))) {
                assertThat(left.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder(ShortSetHome.DEAL, OutputLock.FILE);
            }
        }
        assertThat(run(home, "check")).isZero();
    }

    @Test
    void withNoWaitASecondBuildStopsNamingTheBuildThatHoldsTheFolder() throws Exception {
        Path home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstone());
        Path root = home.resolve("output");
        try (OutputLock held = OutputLock.forBuild(root, holder -> true)) {
            Path log = home.resolve("build.log");
            Process build = ShortSetHome.start(home, log, "build", "--no-wait");
            assertThat(build.waitFor()).isEqualTo(2);
            assertThat(Files.readString(log).strip()).isEqualTo("closingset: " + root + " is in use by another closingset"
                    + " build (pid " + ProcessHandle.current().pid() + "); nothing was written (run again when it has"
                    + " finished, or without --no-wait to wait for it)");
        }
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(OutputLock.FILE);
        }
    }

    @Test
    void aSecondBuildWaitsForTheFirstThenBuilds() throws Exception {
        Path home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstone());
        Path log = home.resolve("build.log");
        Process build;
        try (OutputLock held = OutputLock.forBuild(home.resolve("output"), holder -> true)) {
            build = ShortSetHome.start(home, log, "build", "--quiet");
            ShortSetHome.awaitLine(build, log, "waiting for it to finish (--no-wait to stop instead)");
            assertThat(build.isAlive()).isTrue();
            assertThat(home.resolve("output/" + ShortSetHome.DEAL)).doesNotExist();
        }
        assertThat(build.waitFor()).as(Files.readString(log)).isZero();
        assertThat(home.resolve("output/" + ShortSetHome.DEAL + "/8-k.pdf")).isRegularFile();
    }

    @Test
    void aCheckWaitsForABuildToFinish() throws Exception {
        Path home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstone());
        assertThat(run(home, "build")).isZero();
        Path log = home.resolve("check.log");
        Process check;
        try (OutputLock held = OutputLock.forBuild(home.resolve("output"), holder -> true)) {
            check = ShortSetHome.start(home, log, "check");
            ShortSetHome.awaitLine(check, log, "is in use by another closingset build (pid " + ProcessHandle.current().pid()
                    + "); waiting for it to finish");
            assertThat(check.isAlive()).isTrue();
        }
        assertThat(check.waitFor()).as(Files.readString(log)).isZero();
    }

    private static int run(Path home, String command) throws Exception {
        Process p = ShortSetHome.start(home, home.resolve(command + ".log"), command);
        int code = p.waitFor();
        assertThat(code).as(Files.readString(home.resolve(command + ".log"))).isZero();
        return code;
    }
}
