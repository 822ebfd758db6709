package com.closingset.cli;


import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.pipeline.OutputFolder;
import com.closingset.pipeline.OutputLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed (SIGKILL) at any point, here in a real child JVM, leaves the previous set or the
 * complete new one, and {@code check} passes on it. Kills are spread over the run, measured once, and
 * some are aimed at the write and the swap by watching the scratch folder appear; only outcomes are
 * asserted, so a slow machine moves where the kills land, never the verdict.
 *
 * <p>The child's project home lists only the short documents as generated (the rest stay exhibits
 * the 8-K lists), so each run is seconds: what is tested is the writing, not the drawing.
 */
class KilledBuildTest {
    private static final String DEAL = ShortSetHome.DEAL;
    private static final int TIMED_KILLS = 6;

    @TempDir
    Path dir;

    /** A copy of the previous set, put back after a kill that let the new one in. */
    private Path saved;

    @Test
    void aKilledBuildLeavesThePreviousSetOrTheNewOneAndCheckPasses() throws Exception {
        String before = Files.readString(Path.of("deal/capstone-2007.yaml"));
        String after = before.replace("price_per_unit: 1.14", "price_per_unit: 1.17");
        assertThat(after).isNotEqualTo(before);

        Path home = home(dir.resolve("home"), before);
        Path root = home.resolve("output");
        Map<String, String> previous = build(home).files;
        saved = Files.createDirectories(dir.resolve("previous"));
        copy(root.resolve(DEAL), saved);

        // The new set, built whole once elsewhere: what a finished build must leave, and how long one takes.
        Path reference = home(dir.resolve("reference"), after);
        Run full = build(reference);
        Map<String, String> next = full.files;
        assertThat(next.keySet()).isEqualTo(previous.keySet());
        assertThat(next).isNotEqualTo(previous);

        Files.writeString(home.resolve("deal/" + DEAL + ".yaml"), after);
        List<String> outcomes = new ArrayList<>();
        for (int i = 1; i <= TIMED_KILLS + 3; i++) {
            Process child = start(home);
            if (i <= TIMED_KILLS) {
                Thread.sleep(full.millis * i / TIMED_KILLS);
            } else {
                // Aimed at the write: as soon as the scratch folder exists, once it holds half the files,
                // and once the previous set is moved aside (between the renames, or while it is deleted).
                awaitWrite(child, root, i - TIMED_KILLS - 1, previous.size());
            }
            child.destroyForcibly().waitFor();

            Optional<Path> aside = OutputFolder.orphan(root, DEAL);
            if (aside.isPresent()) {
                // Killed between the two renames: the previous set is intact beside, check says so, a build puts it back.
                assertThat(ShortSetHome.contents(aside.get())).isEqualTo(previous);
                Files.writeString(home.resolve("deal/" + DEAL + ".yaml"), before);
                assertThat(check(home).code).isEqualTo(CheckCommand.STALE);
                new OutputFolder(root).recover();
            }
            Map<String, String> left = ShortSetHome.contents(root.resolve(DEAL));
            assertThat(left.equals(previous) || left.equals(next))
                    .as("kill %d left %s", i, left.keySet()).isTrue();
            // check passes against the deal file that built what is there.
            Files.writeString(home.resolve("deal/" + DEAL + ".yaml"), left.equals(previous) ? before : after);
            Result checked = check(home);
            assertThat(checked.code).as(checked.err).isZero();
            outcomes.add(aside.isPresent() ? "aside" : left.equals(previous) ? "previous" : "new");

            // Back to the previous set for the next kill; scratch a kill left stays for the next build to clear.
            if (left.equals(next)) {
                restore(root.resolve(DEAL), previous);
            }
            Files.writeString(home.resolve("deal/" + DEAL + ".yaml"), after);
        }

        // The next build clears every scratch folder the kills left, and nothing hidden is taken for output.
        assertThat(build(home).files).isEqualTo(next);
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(DEAL, OutputLock.FILE);
        }
        System.out.println("KilledBuildTest: kills left " + outcomes);
    }

    private static Path home(Path home, String deal) throws IOException {
        return ShortSetHome.make(home, deal);
    }

    private static Process start(Path home) throws IOException {
        return ShortSetHome.start(home, home.resolve("build.log"), "build");
    }

    private record Run(Map<String, String> files, long millis) {
    }

    private static Run build(Path home) throws Exception {
        long start = System.nanoTime();
        Process child = start(home);
        int code = child.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(code).as(Files.readString(home.resolve("build.log"))).isZero();
        return new Run(ShortSetHome.contents(home.resolve("output/" + DEAL)), millis);
    }

    /**
     * Waits until the child's scratch folder exists (step 0), holds half the files (1), or the
     * previous set is moved aside (2); or until the child ends.
     */
    private static void awaitWrite(Process child, Path root, int step, int files) {
        while (child.isAlive()) {
            try (Stream<Path> listed = Files.list(root)) {
                for (Path p : listed.toList()) {
                    String name = p.getFileName().toString();
                    if (step < 2 && name.startsWith("." + DEAL + ".new-") && count(p) >= step * files / 2
                            || step == 2 && name.startsWith("." + DEAL + ".old-")) {
                        return;
                    }
                }
            } catch (IOException e) {
                // A folder was renamed or deleted while listed; look again.
            }
            Thread.onSpinWait();
        }
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private record Result(int code, String err) {
    }

    private static Result check(Path home) {
        StringWriter err = new StringWriter();
        int code = InProject.run(home, new PrintWriter(new StringWriter()), new PrintWriter(err, true), "check");
        return new Result(code, err.toString());
    }

    private void restore(Path folder, Map<String, String> previous) throws IOException {
        copy(saved, folder);
        assertThat(ShortSetHome.contents(folder)).isEqualTo(previous);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> listed = Files.list(from)) {
            for (Path f : listed.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
