package com.closingset.pdf;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names headings the way GitHub does ({@code ## Table of Contents} is {@code #table-of-contents},
 * a repeat is {@code -1}, {@code -2}...), so the Markdown's in-page links work in the PDF too.
 * One instance per document. In a binder every document has a prefix of its own, so that two
 * documents' "Table of Contents" stay apart; the binder's own names ({@code document-3}) are shared.
 */
public final class HeadingAnchors {
    /** Where document {@code n} of a binder starts; a link to {@code #document-n} reaches it from anywhere. */
    static final String DOCUMENT = "document-";

    private final String prefix;
    private final Set<String> used = new HashSet<>();

    public HeadingAnchors(String prefix) {
        this.prefix = prefix;
    }

    static String documentStart(int n) {
        return DOCUMENT + n;
    }

    public String anchorFor(String headingText) {
        String slug = headingText.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
                .trim()
                .replaceAll("\\s", "-");
        String anchor = slug;
        for (int n = 1; !used.add(anchor); n++) {
            anchor = slug + "-" + n;
        }
        return prefix + anchor;
    }

    /** The destination a link to {@code #name} in this document means. */
    String target(String name) {
        return name.startsWith(DOCUMENT) ? name : prefix + name;
    }
}
