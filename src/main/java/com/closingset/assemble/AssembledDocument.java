package com.closingset.assemble;

import java.util.Optional;

/**
 * One document of the set rendered to Markdown for one deal.
 *
 * @param output     the file name without extension: the manifest's, followed for a per-investor
 *                   document by the item's number ({@code certificate-02})
 * @param exhibit    its exhibit number for this deal ({@code 5.1}), empty for a document that is not an exhibit
 * @param title      the document's name for this deal, as plain text
 * @param text       its Markdown, packed: a large deal's documents are held until drawn, and whole they would fill the heap
 * @param item       the item of a list a repeated document is for
 */
public record AssembledDocument(ManifestEntry entry, String output, String exhibit, String title, PackedText text,
                                Optional<Item> item) {

    /** The document's Markdown, unpacked anew at each call: take it when it is to be used, and let it go. */
    public String markdown() {
        return text.text();
    }

    /** How the document is named in indexes and PDF titles: "Exhibit 99.1: News of the day ...". */
    public String displayTitle() {
        return exhibit.isEmpty() ? title : "Exhibit " + exhibit + ": " + title;
    }
}
