package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second {@code serve} of a deal one is serving, into the same output folder, stops at once in one
 * line naming the serve that has it and its page: two would both build every save, the second
 * drawing again what the first drew. That holds between a serve of every deal and one of a deal file
 * it builds, either way round; serves of two deal files go on side by side, as do serves into
 * another output folder. A serve killed leaves its deals to the next.
 */
class ASecondServeOfTheSameDealsIsRefusedTest {
    private static final String REFUSED = ": open its page, or stop it (Ctrl-C where it runs) and serve again\n";

    @TempDir
    Path dir;

    @Test
    void theSecondSaysWhichServeHasThem() throws Exception {
        try (ServedProject first = ServedProject.start(dir)) {
            assertThat(refused(first.home, "second.log")).isEqualTo("closingset: " + first.home.resolve("output")
                    + ": already served by closingset serve (pid " + first.process.pid() + ") on " + first.url()
                    + ", which builds every deal of deal/" + REFUSED);
            assertThat(first.log()).containsOnlyOnce("built in");
        }
    }

    @Test
    void servesOfTwoDealFilesGoOnSideBySideButNoServeOfEveryDealBesideThem() throws Exception {
        Path home = ServedProject.committed(dir, ASecondServeOfTheSameDealsIsRefusedTest::secondDeal);
        try (ServedProject one = ServedProject.serve(home, dir.resolve("one.log"), List.of(), deal(home, ShortSetHome.DEAL));
             ServedProject other = ServedProject.serve(home, dir.resolve("other.log"), List.of(), deal(home, "capstone-bis"))) {
            assertThat(other.log()).contains("built in");

            assertThat(refused(home, "every.log")).isEqualTo("closingset: " + home.resolve("output")
                    + ": already served by another closingset serve, which builds some of the deal files of deal/" + REFUSED);
        }
    }

    @Test
    void aServeOfEveryDealKeepsEachOfItsDealFilesFromAnother() throws Exception {
        try (ServedProject every = ServedProject.start(dir)) {
            String file = deal(every.home, ShortSetHome.DEAL);
            assertThat(refused(every.home, "one.log", file)).isEqualTo("closingset: " + every.home.resolve("output")
                    + ": already served by closingset serve (pid " + every.process.pid() + ") on " + every.url()
                    + ", which builds every deal of " + every.home.resolve("deal") + "/" + REFUSED);
        }
    }

    @Test
    void aServeKilledLeavesThemToTheNext() throws Exception {
        ServedProject first = ServedProject.start(dir);
        first.process.destroyForcibly().waitFor();

        try (ServedProject next = ServedProject.serve(first.home, dir.resolve("next.log"), List.of())) {
            assertThat(next.log()).contains("built in").doesNotContain("already served");
        }
    }

    @Test
    void anotherOutputFolderOfTheProjectIsServedBeside() throws Exception {
        try (ServedProject first = ServedProject.start(dir);
             ServedProject beside = ServedProject.serve(first.home, dir.resolve("beside.log"), List.of(),
                     "--out", dir.resolve("elsewhere").toString())) {
            beside.awaitLog("built in", 1, Duration.ofSeconds(40));
            assertThat(dir.resolve("elsewhere").resolve(ShortSetHome.DEAL).resolve("index.md")).isRegularFile();
        }
    }

    /** What a serve of {@code home} with {@code options} said before it stopped, as it must, with status 2. */
    private String refused(Path home, String log, String... options) throws Exception {
        Path said = dir.resolve(log);
        Process serve = ServedProject.started(home, said, List.of(), Map.of(), options).process;
        try {
            assertThat(serve.waitFor(1, TimeUnit.MINUTES)).as("the serve refused stopped").isTrue();
        } finally {
            // One that went on serving would outlive the test.
            serve.destroyForcibly();
        }
        assertThat(serve.exitValue()).as(Files.readString(said)).isEqualTo(2);
        return Files.readString(said);
    }

    /** The deal file of {@code id} in {@code home}, as a path the child can find from where it runs. */
    private static String deal(Path home, String id) {
        return home.resolve("deal/" + id + ".yaml").toString();
    }

    /** A second deal beside the short set's, of another id. */
    private static void secondDeal(Path home) throws Exception {
        String deal = ShortSetHome.capstone();
        if (!deal.contains("  id: " + ShortSetHome.DEAL + "\n")) {
            throw new IllegalStateException("the deal no longer has an id to change");
        }
        Files.writeString(home.resolve("deal/capstone-bis.yaml"), deal.replace("  id: " + ShortSetHome.DEAL + "\n", "  id: capstone-bis\n"));
    }
}
