package com.closingset.review;

import com.closingset.assemble.AssembledDocument;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The redlines of a whole set, in memory: file name to bytes ({@code <document>.redline.md} and
 * {@code .redline.pdf} and {@code .redline.docx} for each changed document, {@code blackline.pdf} and {@code SUMMARY.md}), and
 * the summary's text.
 * The file names are {@link com.closingset.layout.SetLayout}'s.
 *
 * @param dealName     the new version's name of the deal
 * @param changes      each changed document, the new set's order first, then those only the old set had
 * @param newDocuments every document of the new set, changed or not, in its order
 * @param documents    how many documents either set has
 */
public record RedlineSet(String dealId, String dealName, SortedMap<String, byte[]> files, String summary, List<Change> changes,
                         List<Document> newDocuments, int documents) {

    /**
     * A document that differs between the two sets.
     *
     * @param output the document's file name, without extension, as {@link com.closingset.layout.SetLayout} names it
     * @param state  {@link DocumentState#CHANGED}, {@link DocumentState#INSERTED} or {@link DocumentState#DELETED}, never unchanged
     */
    public record Change(String output, String title, DocumentState state) {
    }

    /** A document of the new set, by its file name without extension, and its title. */
    public record Document(String output, String title) {
        /** The documents of an assembled set, in its order. */
        public static List<Document> of(List<AssembledDocument> documents) {
            return documents.stream().map(d -> new Document(d.output(), d.displayTitle())).toList();
        }
    }

    public RedlineSet {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        changes = List.copyOf(changes);
        newDocuments = List.copyOf(newDocuments);
    }

    /** How many documents differ. */
    public int changed() {
        return changes.size();
    }
}
