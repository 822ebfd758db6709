package com.closingset.preview;

import com.closingset.assemble.AssemblyException;
import com.closingset.deal.DealFile;
import com.closingset.deal.InputException;
import com.closingset.pipeline.MarkdownSet;
import com.closingset.pipeline.Pipeline;
import com.closingset.review.SetReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One side of the preview's redline, read by a pipeline that keeps the set it read last of each deal
 * file. A save changes one side (the working tree's; the last commit's only when HEAD moves), so the
 * other is not assembled again: on a 100-investor deal that was half of each review. A pipeline's
 * templates stay as they were read for its life (the preview makes another when they change), so a
 * set is all the deal file's bytes, under the name it is shown by: read again whenever they differ.
 */
final class RememberedSets implements SetReader {
    private final Pipeline pipeline;
    private final Map<String, Read> last = new HashMap<>();

    private record Read(byte[] bytes, MarkdownSet set) {
    }

    RememberedSets(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public MarkdownSet read(DealFile file) throws InputException, AssemblyException {
        Optional<byte[]> before = bytes(file);
        Read kept = last.get(file.shown());
        if (kept != null && before.isPresent() && Arrays.equals(kept.bytes(), before.get())) {
            return kept.set();
        }
        MarkdownSet set = pipeline.assemble(pipeline.load(file));
        // Kept only if the file held the same bytes after reading as before: a save during the read leaves nothing to reuse.
        Optional<byte[]> after = bytes(file);
        if (before.isPresent() && after.isPresent() && Arrays.equals(before.get(), after.get())) {
            last.put(file.shown(), new Read(before.get(), set));
        } else {
            last.remove(file.shown());
        }
        return set;
    }

    /**
     * Keeps {@code set}, which another pipeline of the same templates assembled from {@code bytes} of
     * {@code file} (the preview's build), as if read here: the working tree's side then needs no
     * assembly of its own. Kept only if the file still holds those bytes, as after a read here.
     */
    void keep(DealFile file, byte[] bytes, MarkdownSet set) {
        Optional<byte[]> now = bytes(file);
        if (now.isPresent() && Arrays.equals(now.get(), bytes)) {
            last.put(file.shown(), new Read(bytes, set));
        }
    }

    /** The file's bytes; empty when they cannot be read, which the loader then says in its own line. */
    private static Optional<byte[]> bytes(DealFile file) {
        try {
            return Optional.of(Files.readAllBytes(file.path()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
