package com.closingset.review;

import com.closingset.review.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The redline's Markdown as it is written, and its tallies of words inserted and deleted. A mark
 * wraps words and punctuation only: markup inside a changed run is written bare between marks, so
 * emphasis, links, headings and hard breaks keep their structure.
 */
final class MarkedText {
    static final String DELETED = "~~";
    static final String INSERTED = "++";
    /** What stands between a deletion and the insertion that replaces it. */
    static final String REPLACEMENT = " ";

    private final StringBuilder text = new StringBuilder();
    private int inserted;
    private int deleted;

    /**
     * Unchanged tokens, as they are but for {@code ~} and {@code +}, which are escaped (and print the
     * same): doubled, or beside a mark, they would read as one.
     */
    void plain(List<Token> tokens) {
        tokens.forEach(this::append);
    }

    void plain(String raw) {
        text.append(raw);
    }

    /**
     * Inserted tokens: each stretch of words between pieces of markup is wrapped in {@code ++},
     * the markup written bare, space at a stretch's ends left outside the mark.
     */
    void inserted(List<Token> tokens) {
        inserted += marked(tokens, INSERTED, true);
    }

    /**
     * Deleted tokens. In a run deleted from a block that remains, the old markup goes with the old
     * words (the block's structure is the new one), but for hard breaks, which keep deleted lines
     * apart; a block deleted whole keeps its markup, so a deleted heading still reads as one.
     */
    void deleted(List<Token> tokens, boolean wholeBlock) {
        deleted += marked(tokens, DELETED, wholeBlock);
    }

    /**
     * A run replaced by another within a block: the old struck, then a space, then the new, so the
     * two read apart ({@code ~~$1.14~~ ++$1.10++}). The space belongs to neither version; it is left
     * out when either run is markup alone, where it would cut an emphasis from its words.
     */
    void replaced(List<Token> old, List<Token> now) {
        deleted(old, false);
        if (visible(old) && visible(now)) {
            text.append(REPLACEMENT);
        }
        inserted(now);
    }

    private static boolean visible(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.significant() && !t.structural());
    }

    int wordsInserted() {
        return inserted;
    }

    int wordsDeleted() {
        return deleted;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private int marked(List<Token> tokens, String mark, boolean keepMarkup) {
        int words = 0;
        List<Token> stretch = new ArrayList<>();
        for (Token t : tokens) {
            if (t.structural()) {
                words += wrap(stretch, mark);
                stretch.clear();
                if (keepMarkup || t.kind() == Kind.BREAK) {
                    text.append(t.text());
                }
            } else {
                stretch.add(t);
            }
        }
        return words + wrap(stretch, mark);
    }

    /** Writes one stretch: its leading and trailing space bare, the rest in the mark. Returns its words. */
    private int wrap(List<Token> stretch, String mark) {
        int first = 0;
        int last = stretch.size() - 1;
        while (first <= last && !stretch.get(first).significant()) {
            first++;
        }
        while (last >= first && !stretch.get(last).significant()) {
            last--;
        }
        stretch.subList(0, first).forEach(t -> text.append(t.text()));
        int words = 0;
        if (first <= last) {
            text.append(mark);
            for (Token t : stretch.subList(first, last + 1)) {
                append(t);
                words += t.word() ? 1 : 0;
            }
            text.append(mark);
        }
        stretch.subList(last + 1, stretch.size()).forEach(t -> text.append(t.text()));
        return words;
    }

    private void append(Token t) {
        // A lone backslash can only end a text (otherwise it escapes what follows); doubled, it cannot
        // escape a closing mark. ~ and + are escaped so that, doubled or beside a mark, they never read as one.
        boolean escape = t.kind() == Kind.PUNCT && (t.text().equals("~") || t.text().equals("+") || t.text().equals("\\"));
        text.append(escape ? "\\" + t.text() : t.text());
    }
}
