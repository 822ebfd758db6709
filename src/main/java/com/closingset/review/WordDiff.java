package com.closingset.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * The word-by-word redline of two versions of one block (or line, or table cell): Myers' diff
 * (java-diff-utils) of their words, punctuation and markup, space left out of the comparison.
 * The new version's text and structure are written in order; each deleted run goes where it was,
 * struck, just before what replaced it, a space apart ({@code ~~$1.14~~ ++$1.10++}).
 */
final class WordDiff {
    private WordDiff() {
    }

    static void mark(List<Token> old, List<Token> now, MarkedText out) {
        List<Integer> oldAt = significant(old);
        List<Integer> nowAt = significant(now);
        List<Change> changes = new ArrayList<>();
        for (AbstractDelta<Token> delta : DiffUtils.diff(pick(old, oldAt), pick(now, nowAt)).getDeltas()) {
            changes.add(new Change(delta.getSource().getPosition(), delta.getSource().size(),
                    delta.getTarget().getPosition(), delta.getTarget().size()));
        }
        int written = 0;
        for (Change c : WholeWordChanges.of(changes, old, oldAt, now, nowAt)) {
            // The new text up to the first token of the change, with the space before it.
            int until = nowAt(c, now, nowAt);
            out.plain(now.subList(written, until));
            written = until;
            int nowTo = c.nowSize() > 0 ? nowAt.get(c.nowTo() - 1) + 1 : written;
            List<Token> come = now.subList(written, nowTo);
            written = nowTo;
            if (c.oldSize() == 0) {
                out.inserted(come);
                continue;
            }
            int from = oldAt.get(c.oldFrom());
            int to = oldAt.get(c.oldTo() - 1) + 1;
            List<Token> gone = old.subList(from, to);
            if (c.nowSize() > 0) {
                out.replaced(gone, come);
            } else if (until < now.size()) {
                // Deleted before more text: the old space after the run keeps it apart from what follows.
                out.deleted(gone, false);
                out.plain(spaceAt(old, to));
            } else {
                // Deleted at the end: the old space before the run keeps it apart from what precedes.
                out.plain(spaceBefore(old, from));
                out.deleted(gone, false);
            }
        }
        out.plain(now.subList(written, now.size()));
    }

    /** One change, in positions among the significant tokens of each version: {@code oldSize} of them gone, {@code nowSize} come. */
    record Change(int oldFrom, int oldSize, int nowFrom, int nowSize) {
        int oldTo() {
            return oldFrom + oldSize;
        }

        int nowTo() {
            return nowFrom + nowSize;
        }
    }

    private static List<Integer> significant(List<Token> tokens) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).significant()) {
                at.add(i);
            }
        }
        return at;
    }

    private static List<Token> pick(List<Token> tokens, List<Integer> at) {
        return at.stream().map(tokens::get).toList();
    }

    /** Where in the new version's tokens the change is written: at its first new token, or where the next begins. */
    static int nowAt(Change c, List<Token> now, List<Integer> nowAt) {
        return c.nowFrom() < nowAt.size() ? nowAt.get(c.nowFrom()) : now.size();
    }

    static List<Token> spaceAt(List<Token> tokens, int i) {
        return i < tokens.size() && !tokens.get(i).significant() ? tokens.subList(i, i + 1) : List.of();
    }

    static List<Token> spaceBefore(List<Token> tokens, int i) {
        return i > 0 && !tokens.get(i - 1).significant() ? tokens.subList(i - 1, i) : List.of();
    }
}
