package com.closingset.review;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The redlines of a whole set, in memory: file name to bytes ({@code <document>.redline.md} and
 * {@code .redline.pdf} for each changed document, and {@code SUMMARY.md}), and the summary's text.
 */
public record RedlineSet(String dealId, SortedMap<String, byte[]> files, String summary, int changed, int documents) {
    public static final String SUMMARY = "SUMMARY.md";
    /** The suffixes of the files a redline writes, so that a rerun can clear its own and nothing else. */
    public static final String MARKDOWN = ".redline.md";
    public static final String PDF = ".redline.pdf";

    public RedlineSet {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }
}
