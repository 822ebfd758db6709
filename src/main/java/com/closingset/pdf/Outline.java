package com.closingset.pdf;

import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The PDF's bookmarks for one document: each heading under the nearest heading above it of a
 * higher level, all under {@code top} (the file's outline root, or in a binder the document's own
 * entry). Entries go to named destinations, which the PDF resolves when it is closed.
 */
final class Outline {
    private record Entry(int level, PdfOutline outline) {
    }

    private final PdfOutline top;
    private final Deque<Entry> open = new ArrayDeque<>();

    Outline(PdfOutline top) {
        this.top = top;
    }

    void add(int level, String title, String destination) {
        while (!open.isEmpty() && open.peek().level() >= level) {
            open.pop();
        }
        PdfOutline parent = open.isEmpty() ? top : open.peek().outline();
        // Closed below the document level, so a long agreement opens as a short list of its parts.
        open.push(new Entry(level, new PdfOutline(parent, PdfAction.gotoLocalPage(destination, false), title, false)));
    }
}
