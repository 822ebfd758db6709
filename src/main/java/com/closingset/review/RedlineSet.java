package com.closingset.review;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The redlines of a whole set, in memory: file name to bytes ({@code <document>.redline.md} and
 * {@code .redline.pdf} and {@code .redline.docx} for each changed document, {@code blackline.pdf} and {@code SUMMARY.md}), and
 * the summary's text.
 * The file names are {@link com.closingset.layout.SetLayout}'s.
 */
public record RedlineSet(String dealId, SortedMap<String, byte[]> files, String summary, int changed, int documents) {

    public RedlineSet {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }
}
