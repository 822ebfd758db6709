package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.deal.DealFile;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build hashes the deal file's bytes to know whether its set is current, and builds the deal from
 * those same bytes, not from the file read a second time: a save in between would otherwise give a
 * set of the new text recorded under the hash of the old, which the next build, once the old text is
 * back, would take as current. A named pipe can be read only once, so it shows which it does.
 */
class ADealIsBuiltFromTheBytesItsHashNamesTest {
    @TempDir
    Path dir;

    @Test
    void aDealThatCanBeReadOnlyOnceBuilds() throws Exception {
        Path pipe = dir.resolve("deal.yaml");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available here: a named pipe is how this test reads a file only once");
        byte[] deal = Files.readAllBytes(TestBuilds.CAPSTONE);
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        try {
            // Opening blocks until the build opens the pipe to read it.
            threads.submit(() -> write(pipe, deal));
            Future<List<IncrementalBuild.Outcome>> build = threads.submit(() -> new IncrementalBuild(TestBuilds.TEMPLATES,
                    new OutputFolder(dir.resolve("output")), Optional.empty(), ProductVersion.get(),
                    () -> List.of(new MarkdownFiles(), new DocumentPdfs(), new Binder()))
                    .run(List.of(new DealFile(pipe, "deal.yaml")), BuildProgress.NONE));
            List<IncrementalBuild.Outcome> built;
            try {
                built = build.get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                // A second read waits for a writer that never comes: give it an empty one, and the build its end.
                write(pipe, new byte[0]);
                throw new AssertionError("the build read the deal file a second time", e);
            }

            assertThat(built.get(0).dealId()).isEqualTo("capstone-2007");
            assertThat(Files.readString(built.get(0).folder().resolve("8-k.md"))).contains("$1.14");
        } finally {
            threads.shutdownNow();
        }
    }

    private static Void write(Path pipe, byte[] bytes) throws java.io.IOException {
        try (OutputStream out = Files.newOutputStream(pipe)) {
            out.write(bytes);
        }
        return null;
    }
}
