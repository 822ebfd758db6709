package com.closingset.pdf;

import java.time.Instant;
import java.util.Objects;

/**
 * What goes into the PDF's Info dictionary; all fixed by the caller so output is reproducible.
 * A null text field is left out of the dictionary; the date is required because OpenPDF would
 * otherwise stamp the wall clock.
 */
public record PdfMetadata(String title, String subject, String author, String keywords, String creator, Instant date) {
    public PdfMetadata {
        Objects.requireNonNull(date, "date");
    }

    /** The same metadata for a file of another title: a part of a set drawn as a file of its own. */
    public PdfMetadata titled(String otherTitle) {
        return new PdfMetadata(otherTitle, subject, author, keywords, creator, date);
    }
}
