package com.closingset.pipeline;

import com.closingset.layout.SetLayout;
import com.closingset.assemble.AssembledDocument;
import com.closingset.deal.Deal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

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

    /** The name of every file a build of this set writes, known without drawing a PDF. */
    public SortedSet<String> fileNames() {
        SortedSet<String> names = new TreeSet<>();
        documents.forEach(d -> {
            names.add(SetLayout.markdown(d.output()));
            names.add(SetLayout.pdf(d.output()));
        });
        names.add(SetLayout.BINDER);
        names.add(SetLayout.INDEX);
        names.add(SetLayout.CHECKSUMS);
        return Collections.unmodifiableSortedSet(names);
    }
}
