package com.closingset.docx;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A Word document's properties, as the PDF's Info dictionary holds them: title, subject, author and
 * keywords in the core properties, the application (the engine and its version) in the extended
 * ones. The date is required: Word's own would be the day the file was made.
 */
public record DocxProperties(String title, String subject, String author, String keywords, String application,
                             Instant date) {
    public DocxProperties {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
    }

    /** Every field, as a hash of what a file was made from reads them. */
    public List<String> fields() {
        return List.of(title, String.valueOf(subject), String.valueOf(author), String.valueOf(keywords),
                String.valueOf(application), date.toString());
    }
}
