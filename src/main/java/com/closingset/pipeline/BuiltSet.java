package com.closingset.pipeline;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A deal's closing set as built in memory, before anything is written: file name to bytes.
 * Nothing reaches {@code output/} until every document of every deal asked for has been built.
 */
public record BuiltSet(String dealId, SortedMap<String, byte[]> files, int documents, int pages) {

    public BuiltSet {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }
}
