package com.closingset.preview;

import com.closingset.assemble.AssemblyException;
import com.closingset.deal.Deal;
import com.closingset.deal.DealFile;
import com.closingset.deal.InputException;
import com.closingset.deal.YamlFile;
import com.closingset.pipeline.MarkdownSet;
import com.closingset.pipeline.Pipeline;
import com.closingset.review.SetReader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

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
        // Read once, at most the loader's limit, and assembled from those bytes: the set kept is of exactly them.
        byte[] bytes = YamlFile.bytes(file.path(), file.shown());
        Read kept = last.get(file.shown());
        if (kept != null && Arrays.equals(kept.bytes(), bytes)) {
            return kept.set();
        }
        MarkdownSet set = pipeline.assemble(pipeline.loader().load(bytes, file.shown()));
        last.put(file.shown(), new Read(bytes, set));
        return set;
    }

    /** The deal of {@code file} as this side's kit loads it, not assembled: what it is called, its id. */
    Deal deal(DealFile file) throws InputException {
        return pipeline.loader().load(YamlFile.bytes(file.path(), file.shown()), file.shown());
    }

    /**
     * Keeps {@code set}, which another pipeline of the same templates assembled from {@code bytes} of
     * {@code file} (the preview's build), as if read here: the working tree's side then needs no
     * assembly of its own. Kept only if the file still holds those bytes, as after a read here.
     */
    void keep(DealFile file, byte[] bytes, MarkdownSet set) {
        try {
            if (Arrays.equals(YamlFile.bytes(file.path(), file.shown()), bytes)) {
                last.put(file.shown(), new Read(bytes, set));
            }
        } catch (InputException e) {
            // Not kept: the next read says why the file cannot be read, in the loader's line.
        }
    }
}
