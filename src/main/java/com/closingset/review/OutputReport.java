package com.closingset.review;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * What a check of one deal's output folder found.
 *
 * @param findings   each stale, missing or extra file, in name order; none when the folder is current
 * @param notCompared files left uncompared because the Markdown differs already and they need the
 *                   PDFs drawn (index.md, SHA256SUMS, the PDFs present); a build rewrites them anyway
 */
public record OutputReport(String dealId, Path folder, List<Finding> findings, List<String> notCompared) {

    public enum Verdict {
        DIFFERS("differs"),
        MISSING("missing"),
        EXTRA("not built by this deal (extra)");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        /** As the report prints it: {@code output/capstone-2007/8-k.md: differs}. */
        public String label() {
            return label;
        }
    }

    /** @param file the file's name within the deal's folder; empty for the folder itself */
    public record Finding(String file, Verdict verdict) {
    }

    public OutputReport {
        findings = findings.stream().sorted(Comparator.comparing(Finding::file)).toList();
        notCompared = List.copyOf(notCompared);
    }

    public boolean current() {
        return findings.isEmpty();
    }
}
