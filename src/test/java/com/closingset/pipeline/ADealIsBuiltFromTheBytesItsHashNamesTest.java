package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.NamedPipe;
import com.closingset.deal.DealFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
        byte[] deal = Files.readAllBytes(TestBuilds.CAPSTONE);
        try (NamedPipe pipe = NamedPipe.make(dir.resolve("deal.yaml"), "a named pipe is how this test reads a file only once")) {
            pipe.feed(() -> { }, deal);
            Future<List<IncrementalBuild.Outcome>> build = pipe.read(() -> new IncrementalBuild(TestBuilds.TEMPLATES,
                    new OutputFolder(dir.resolve("output")), Optional.empty(), ProductVersion.get(),
                    () -> List.of(new MarkdownFiles(), new DocumentPdfs(), new Binder()))
                    .run(List.of(new DealFile(pipe.path(), "deal.yaml")), BuildProgress.NONE));
            List<IncrementalBuild.Outcome> built;
            try {
                built = build.get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                pipe.endWaitingRead();
                throw new AssertionError("the build read the deal file a second time", e);
            }

            assertThat(built.get(0).dealId()).isEqualTo("capstone-2007");
            assertThat(Files.readString(built.get(0).folder().resolve("8-k.md"))).contains("$1.14");
        }
    }
}
