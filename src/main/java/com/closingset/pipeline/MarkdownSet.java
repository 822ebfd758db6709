package com.closingset.pipeline;

import com.closingset.assemble.AssembledDocument;
import com.closingset.deal.Deal;
import com.closingset.pdf.FontChain;
import java.util.List;

/**
 * A deal's documents assembled as Markdown, before any PDF is drawn. Assembling is quick and drawing
 * is not, so a check compares the Markdown first and draws PDFs only when it still has to. {@code cover}
 * is the binder's cover, as Markdown. Each document's Markdown is held packed ({@link
 * com.closingset.assemble.PackedText}), and unpacked by whatever draws it. {@code fonts} are the
 * fallback fonts the set's PDFs and binder are drawn with, found once for the set: the system's font
 * folders are walked once a build, and every PDF of one build is drawn with the same fonts.
 */
public record MarkdownSet(Deal deal, List<AssembledDocument> documents, String cover, FontChain fonts) {

    public MarkdownSet {
        documents = List.copyOf(documents);
    }
}
