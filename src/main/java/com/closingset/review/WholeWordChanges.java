package com.closingset.review;

import com.closingset.review.Token.Kind;
import com.closingset.review.WordDiff.Change;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes moved out to whole words where a mark would be glued to one. A mark ({@code ~~}, {@code ++})
 * opens only where CommonMark sees it open: {@code unit++, payable++} does not, because the mark
 * stands between a letter and a punctuation mark, and the blackline would print both marks as text.
 * A change that begins or ends with punctuation glued to an unchanged word takes that word in, on
 * both sides, as a lawyer's comparison strikes a word with its comma: {@code ~~unit~~ ++unit,
 * payable++}. Changes that come to touch are one.
 */
final class WholeWordChanges {
    private final List<Token> old;
    private final List<Integer> oldAt;
    private final List<Token> now;
    private final List<Integer> nowAt;

    private WholeWordChanges(List<Token> old, List<Integer> oldAt, List<Token> now, List<Integer> nowAt) {
        this.old = old;
        this.oldAt = oldAt;
        this.now = now;
        this.nowAt = nowAt;
    }

    /** {@code changes}, in order, none of whose marks would be glued to a word. */
    static List<Change> of(List<Change> changes, List<Token> old, List<Integer> oldAt, List<Token> now, List<Integer> nowAt) {
        WholeWordChanges words = new WholeWordChanges(old, oldAt, now, nowAt);
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            Change at = c;
            while (true) {
                Change previous = out.isEmpty() ? null : out.get(out.size() - 1);
                if (previous != null && previous.nowTo() >= at.nowFrom()) {
                    out.remove(out.size() - 1);
                    at = new Change(previous.oldFrom(), at.oldTo() - previous.oldFrom(), previous.nowFrom(), at.nowTo() - previous.nowFrom());
                } else if (words.gluedBefore(at) && at.nowFrom() > 0 && at.oldFrom() > 0) {
                    at = new Change(at.oldFrom() - 1, at.oldSize() + 1, at.nowFrom() - 1, at.nowSize() + 1);
                } else if (words.gluedAfter(at) && at.nowTo() < nowAt.size() && at.oldTo() < oldAt.size()) {
                    at = new Change(at.oldFrom(), at.oldSize() + 1, at.nowFrom(), at.nowSize() + 1);
                } else {
                    break;
                }
            }
            out.add(at);
        }
        return out;
    }

    /**
     * Whether the change's first mark opens between a word's last letter and a punctuation mark; or,
     * for a deletion, whether the old text had them glued, which a mark after a space would misquote.
     */
    private boolean gluedBefore(Change c) {
        int until = WordDiff.nowAt(c, now, nowAt);
        Token first = c.oldSize() > 0 ? old.get(oldAt.get(c.oldFrom())) : now.get(until);
        if (first.kind() != Kind.PUNCT) {
            return false;
        }
        boolean spaced = c.nowSize() == 0 && until == now.size() && !WordDiff.spaceBefore(old, oldAt.get(c.oldFrom())).isEmpty();
        boolean inNew = until > 0 && !spaced && endsInWord(now.get(until - 1));
        boolean inOld = c.oldSize() > 0 && oldAt.get(c.oldFrom()) > 0 && endsInWord(old.get(oldAt.get(c.oldFrom()) - 1));
        return inNew || inOld;
    }

    /** Whether the change's last mark closes between a punctuation mark and a word's first letter. */
    private boolean gluedAfter(Change c) {
        Token last;
        int next;
        if (c.nowSize() > 0) {
            next = nowAt.get(c.nowTo() - 1) + 1;
            last = now.get(next - 1);
        } else {
            int to = oldAt.get(c.oldTo() - 1) + 1;
            if (!WordDiff.spaceAt(old, to).isEmpty()) {
                return false;
            }
            last = old.get(to - 1);
            next = WordDiff.nowAt(c, now, nowAt);
        }
        return next < now.size() && last.kind() == Kind.PUNCT && beginsInWord(now.get(next));
    }

    private static boolean endsInWord(Token t) {
        return t.kind() == Kind.WORD && Character.isLetterOrDigit(t.text().codePointBefore(t.text().length()));
    }

    private static boolean beginsInWord(Token t) {
        return t.kind() == Kind.WORD && Character.isLetterOrDigit(t.text().codePointAt(0));
    }
}
