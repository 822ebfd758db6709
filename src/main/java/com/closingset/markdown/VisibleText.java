package com.closingset.markdown;

import java.util.Arrays;

/**
 * The characters a reading of a document shows, as text (white space run together into one space),
 * and each of its letters (what is not white space) with where it stands in the text and the source.
 */
final class VisibleText {
    private final boolean placed;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder letters = new StringBuilder();
    private int[] inText = new int[64];
    private int[] inSource = new int[64];

    /** A text that knows where each letter stands, to quote and place a misreading. */
    VisibleText() {
        this(true);
    }

    /**
     * {@code placed} false keeps the letters only: all that comparing two readings needs, and most
     * documents read alike, so where they stand is found only for one that does not.
     */
    VisibleText(boolean placed) {
        this.placed = placed;
    }

    /** Adds {@code shown}, shown by the node that starts at {@code offset} of the source. */
    void add(CharSequence shown, int offset) {
        if (!placed) {
            addLetters(shown);
            return;
        }
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (isSpace(c)) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                continue;
            }
            if (letters.length() == inText.length) {
                inText = Arrays.copyOf(inText, inText.length * 2);
                inSource = Arrays.copyOf(inSource, inSource.length * 2);
            }
            inText[letters.length()] = text.length();
            inSource[letters.length()] = offset;
            letters.append(c);
            text.append(c);
        }
    }

    private void addLetters(CharSequence shown) {
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (!isSpace(c)) {
                letters.append(c);
            }
        }
    }

    /** The text, white space run together into one space. */
    String text() {
        return text.toString().strip();
    }

    String letters() {
        return letters.toString();
    }

    /** Where the letter at {@code index} comes from in the source; past the end, where the last one does. */
    int sourceOffsetOfLetter(int index) {
        return letters.length() == 0 ? 0 : inSource[Math.min(index, letters.length() - 1)];
    }

    /** The words around the letter at {@code index}, as a reader would quote them. */
    String around(int index) {
        int at = letters.length() == 0 ? 0 : index >= letters.length() ? text.length() : inText[index];
        int from = Math.max(0, at - 24);
        int to = Math.min(text.length(), at + 24);
        // Whole words: widen to the spaces either side.
        while (from > 0 && text.charAt(from - 1) != ' ') {
            from--;
        }
        while (to < text.length() && text.charAt(to) != ' ') {
            to++;
        }
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }

    static boolean isSpace(int c) {
        // Asked of every character of every document: the common case first.
        if (c > ' ' && c < 0x80) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
