package com.closingset.pipeline;

import com.closingset.layout.SetLayout;
import com.closingset.assemble.AssembledDocument;
import com.closingset.deal.Deal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A deal's documents assembled as Markdown, before any PDF is drawn. Assembling is quick and drawing
 * is not, so a check compares the Markdown first and draws PDFs only when it still has to. {@code cover}
 * is the binder's cover, as Markdown.
 */
public record MarkdownSet(Deal deal, List<AssembledDocument> documents, String cover) {

    public MarkdownSet {
        documents = List.copyOf(documents);
    }

    /** Each document's Markdown file: name to bytes, as a build writes them. */
    public SortedMap<String, byte[]> markdownFiles() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        documents.forEach(d -> files.put(SetLayout.markdown(d.output()), d.markdown().getBytes(StandardCharsets.UTF_8)));
        return Collections.unmodifiableSortedMap(files);
    }
}
