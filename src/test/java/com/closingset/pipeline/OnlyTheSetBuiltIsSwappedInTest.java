package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Before a staged set is swapped in, its folder must hold exactly the files the build put there, each
 * with the bytes put: a file removed, changed or added by anything else meanwhile stops the swap, and
 * the previous set stays as it was.
 */
class OnlyTheSetBuiltIsSwappedInTest {
    private static final String DEAL = "acme-2030";

    @TempDir
    Path root;

    private OutputFolder out;
    private StagedSet staged;

    @BeforeEach
    void aPreviousSetAndANewOneStaged() throws Exception {
        out = new OutputFolder(root);
        out.write(new BuiltSet(DEAL, new TreeMap<>(Map.of("a.md", bytes("before"), "a.pdf", bytes("%PDF before"))), 1, 1));
        staged = out.stage(DEAL);
        staged.put("a.md", bytes("after"));
        staged.put("a.pdf", bytes("%PDF after"));
        staged.awaitFlushed();
    }

    @Test
    void theCompleteSetIsSwappedIn() throws Exception {
        out.commit(staged);
        assertThat(Files.readString(root.resolve(DEAL + "/a.pdf"))).isEqualTo("%PDF after");
    }

    @Test
    void aFileRemovedFromTheScratchFolderStopsTheSwap() throws Exception {
        Files.delete(staged.folder().resolve("a.pdf"));
        assertThatThrownBy(() -> out.commit(staged)).isInstanceOf(OutputException.class)
                .hasMessage("cannot swap in " + staged.folder() + ": a.pdf is missing: it was written, then removed by"
                        + " something else");
        assertPreviousSetIntact();
    }

    @Test
    void aFileChangedInTheScratchFolderStopsTheSwap() throws Exception {
        Files.writeString(staged.folder().resolve("a.md"), "edited");
        assertThatThrownBy(() -> out.commit(staged)).isInstanceOf(OutputException.class)
                .hasMessage("cannot swap in " + staged.folder() + ": a.md is not the file written: something else changed it");
        assertPreviousSetIntact();
    }

    @Test
    void aStreamedFileIsSwappedInAsWrittenAndStopsTheSwapOnceChanged() throws Exception {
        try (java.io.OutputStream binder = staged.create("b.pdf")) {
            binder.write(bytes("%PDF streamed"));
        }
        staged.awaitFlushed();
        Files.writeString(staged.folder().resolve("b.pdf"), "%PDF streamer");
        assertThatThrownBy(() -> out.commit(staged)).isInstanceOf(OutputException.class)
                .hasMessage("cannot swap in " + staged.folder() + ": b.pdf is not the file written: something else changed it");
        assertPreviousSetIntact();
    }

    @Test
    void filesStreamedAndTakenOverAreSwappedInAsTheyAre() throws Exception {
        out.discard(staged);
        StagedSet next = out.stage(DEAL);
        next.put("a.md", bytes("after"));
        assertThat(next.reuse("a.pdf", Sha256.of(bytes("%PDF before")), file -> true)).isTrue();
        try (java.io.OutputStream binder = next.create("b.pdf")) {
            binder.write(bytes("%PDF streamed"));
        }
        next.awaitFlushed();
        out.commit(next);
        assertThat(Files.readString(root.resolve(DEAL + "/a.pdf"))).isEqualTo("%PDF before");
        assertThat(Files.readString(root.resolve(DEAL + "/b.pdf"))).isEqualTo("%PDF streamed");
    }

    @Test
    void aFileAddedToTheScratchFolderStopsTheSwap() throws Exception {
        Files.writeString(staged.folder().resolve("stray.txt"), "not ours");
        assertThatThrownBy(() -> out.commit(staged)).isInstanceOf(OutputException.class)
                .hasMessage("cannot swap in " + staged.folder() + ": it holds stray.txt, which the build did not write there");
        assertPreviousSetIntact();
    }

    @Test
    void aScratchFolderRemovedWhileTheBuildWroteStopsTheSwap() throws Exception {
        try (Stream<Path> files = Files.list(staged.folder())) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(staged.folder());
        assertThatThrownBy(() -> out.commit(staged)).isInstanceOf(OutputException.class)
                .hasMessage("cannot swap in " + staged.folder() + ": the folder was removed while the build wrote it");
        assertPreviousSetIntact();
    }

    private void assertPreviousSetIntact() throws Exception {
        out.discard(staged);
        assertThat(Files.readString(root.resolve(DEAL + "/a.md"))).isEqualTo("before");
        assertThat(Files.readString(root.resolve(DEAL + "/a.pdf"))).isEqualTo("%PDF before");
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(DEAL);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
