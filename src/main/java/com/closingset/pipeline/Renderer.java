package com.closingset.pipeline;

import java.util.List;

/**
 * One output format of a closing set (its Markdown, its PDFs, its binder; Word next): the files it
 * draws from the set's assembled Markdown. The {@link Pipeline} schedules, reuses and records them,
 * so a new format is a new renderer, and no command changes.
 */
public interface Renderer {

    /** The files this renderer draws for {@code set}, in the set's order; {@code metadata} is what each carries. */
    List<Drawing> drawings(MarkdownSet set, SetMetadata metadata);
}
