package com.closingset.pipeline;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What building a deal's set made: how many documents and pages, how many PDFs were drawn (the
 * rest were taken over unchanged from the previous build), and every file's hash.
 */
public record BuildResult(String dealId, int documents, int pages, int pdfsDrawn, Map<String, String> sha256,
                          Map<String, BuildRecord.Drawn> drawn) {

    public BuildResult {
        sha256 = Collections.unmodifiableSortedMap(new TreeMap<>(sha256));
        drawn = Collections.unmodifiableSortedMap(new TreeMap<>(drawn));
    }
}
