package com.closingset.review;

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
 * @param changes   each changed document, the new set's order first, then those only the old set had
 * @param documents how many documents either set has
 */
public record RedlineSet(String dealId, SortedMap<String, byte[]> files, String summary, List<Change> changes, int documents) {

    /**
     * A document that differs between the two sets.
     *
     * @param output the document's file name, without extension, as {@link com.closingset.layout.SetLayout} names it
     * @param state  {@code changed}, {@code inserted} (only in the new set) or {@code deleted} (only in the old)
     */
    public record Change(String output, String title, String state) {
    }

    public RedlineSet {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        changes = List.copyOf(changes);
    }

    /** How many documents differ. */
    public int changed() {
        return changes.size();
    }
}
