package com.closingset.review;

/**
 * One document's redline.
 *
 * @param markdown      the new Markdown with {@code ~~deleted~~} and {@code ++inserted++} words
 * @param wordsInserted words (and figures) marked inserted
 * @param wordsDeleted  words (and figures) marked deleted
 * @param changed       whether the two versions differ at all (a change of markup alone marks no word)
 */
public record Redline(String markdown, int wordsInserted, int wordsDeleted, boolean changed) {

    /** The redline of a document whose two versions are the same Markdown: that Markdown, nothing marked. */
    static Redline unchanged(String markdown) {
        return new Redline(markdown, 0, 0, false);
    }
}
