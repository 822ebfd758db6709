package com.closingset.review;

import com.closingset.assemble.AssemblyException;
import com.closingset.deal.DealFile;
import com.closingset.deal.InputException;
import com.closingset.pipeline.MarkdownSet;
import com.closingset.pipeline.Pipeline;

/** How one side of a redline is read: a deal file loaded and its documents assembled to Markdown. */
@FunctionalInterface
public interface SetReader {
    MarkdownSet read(DealFile file) throws InputException, AssemblyException;

    /** Read by {@code pipeline} afresh each time. */
    static SetReader of(Pipeline pipeline) {
        return file -> pipeline.assemble(pipeline.load(file));
    }
}
