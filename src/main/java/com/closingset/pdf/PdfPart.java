package com.closingset.pdf;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One document of a PDF: its Markdown and the name its footer and bookmark give it. An unnumbered
 * part is a title page (a binder's cover): no footer, every line centered.
 *
 * @param text gives the Markdown each time it is asked: a binder of 20,000 documents asks for each
 *             when it draws it (and once before, for its fingerprint), so none is held meanwhile
 */
public record PdfPart(Supplier<String> text, String label, boolean numbered) {
    public PdfPart {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
    }

    public PdfPart(String markdown, String label, boolean numbered) {
        this(held(markdown), label, numbered);
    }

    public static PdfPart numbered(String markdown, String label) {
        return new PdfPart(markdown, label, true);
    }

    /** A numbered part whose Markdown is made when asked for, not held. */
    public static PdfPart numbered(Supplier<String> markdown, String label) {
        return new PdfPart(markdown, label, true);
    }

    /** The part's Markdown, made anew (or given again) at each call. */
    public String markdown() {
        return Objects.requireNonNull(text.get(), "markdown");
    }

    private static Supplier<String> held(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        return () -> markdown;
    }
}
