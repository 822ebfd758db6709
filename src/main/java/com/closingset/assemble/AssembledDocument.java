package com.closingset.assemble;

/**
 * One document of the set rendered to Markdown for one deal.
 *
 * @param title the document's name for this deal, as plain text
 */
public record AssembledDocument(ManifestEntry entry, String title, String markdown) {

    /** The file name without extension, as the manifest gives it. */
    public String output() {
        return entry.output().orElseThrow();
    }

    /** How the document is named in indexes and PDF titles: "Exhibit 99.1: Press release ...". */
    public String displayTitle() {
        return entry.exhibit().map(n -> "Exhibit " + n + ": " + title).orElse(title);
    }
}
