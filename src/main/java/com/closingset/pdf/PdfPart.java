package com.closingset.pdf;

import java.util.Objects;

/**
 * One document of a PDF: its Markdown and the name its footer and bookmark give it. An unnumbered
 * part is a title page (a binder's cover): no footer, every line centered.
 */
public record PdfPart(String markdown, String label, boolean numbered) {
    public PdfPart {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(label, "label");
    }

    public static PdfPart numbered(String markdown, String label) {
        return new PdfPart(markdown, label, true);
    }
}
