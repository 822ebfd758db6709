package com.closingset.pdf;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names headings the way GitHub does ({@code ## Table of Contents} is {@code #table-of-contents},
 * a repeat is {@code -1}, {@code -2}...), so the Markdown's in-page links work in the PDF too.
 * One instance per document.
 */
final class HeadingAnchors {
    private final Set<String> used = new HashSet<>();

    String anchorFor(String headingText) {
        String slug = headingText.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
                .trim()
                .replaceAll("\\s", "-");
        String anchor = slug;
        for (int n = 1; !used.add(anchor); n++) {
            anchor = slug + "-" + n;
        }
        return anchor;
    }
}
