package com.closingset.pdf;

import com.closingset.pdf.ClauseMarker.Candidate;
import com.closingset.pdf.ClauseMarker.Kind;

import java.util.ArrayList;
import com.closingset.markdown.SourceText;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause outline of one document as its paragraphs go by: which numbering runs are open, from
 * the outermost in, and the last marker of each. A run's kind keeps its depth while it is open, so
 * {@code (i)} under {@code (a)} sits one level deeper and {@code (b)} comes back out; and the open
 * runs tell whether {@code (i)}, {@code (v)} or {@code (x)} is a letter or a numeral.
 */
public final class ClauseOutline {
    /**
     * A paragraph that opens with a bold section number, {@code **1. Description of Securities.**} or
     * {@code **1.**}, and the white space after it, a line break included (one sentence per line).
     */
    private static final Pattern SECTION = Pattern.compile("(?:\\*\\*|__)\\d+(?:\\.\\d+)*\\.[^*_]*(?:\\*\\*|__)\\s*");

    private record Run(Kind kind, int last) {
    }

    private final List<Run> runs = new ArrayList<>();

    /** An outline in the same state that can be advanced without moving this one. */
    ClauseOutline copy() {
        ClauseOutline copy = new ClauseOutline();
        copy.runs.addAll(runs);
        return copy;
    }

    /** A heading closes every run: the clauses under it number afresh. */
    public void reset() {
        runs.clear();
    }

    /**
     * The hanging marker of the paragraph whose source is {@code paragraph}, or empty when it is not
     * a clause. A section paragraph closes every run and hangs nothing (its number leads, flush left),
     * though a marker right after the number, {@code **6. Indemnification.** (a) The Company...}, opens
     * a run. {@code following} gives the source of the paragraphs after this one up to the next heading;
     * it is read only to tell a numeral {@code (i)} (followed by {@code (ii)}) from the letter after {@code (h)}.
     */
    public Optional<ClauseMarker> place(String paragraph, Iterator<String> following) {
        Matcher section = SECTION.matcher(paragraph);
        if (section.lookingAt()) {
            reset();
            ClauseMarker.read(paragraph.substring(section.end())).ifPresent(c -> place(c, following));
            return Optional.empty();
        }
        return ClauseMarker.read(paragraph).map(c -> place(c, following));
    }

    private ClauseMarker place(Candidate candidate, Iterator<String> following) {
        Kind kind = kindOf(candidate, following);
        Run run = new Run(kind, ordinal(candidate, kind));
        int depth = depthOf(kind);
        if (depth < 0) {
            runs.add(run);
            depth = runs.size() - 1;
        } else {
            runs.subList(depth + 1, runs.size()).clear();
            runs.set(depth, run);
        }
        float indent = 0;
        for (Run open : runs) {
            indent += open.kind().gutter();
        }
        return new ClauseMarker(candidate.text(), kind, depth + 1, indent, candidate.length());
    }

    private Kind kindOf(Candidate candidate, Iterator<String> following) {
        if (candidate.number() > 0) {
            return Kind.NUMBER;
        }
        Kind letter = candidate.upperCase() ? Kind.UPPER_LETTER : Kind.LOWER_LETTER;
        Kind roman = candidate.upperCase() ? Kind.UPPER_ROMAN : Kind.LOWER_ROMAN;
        if (candidate.roman() == 0) {
            return letter;
        }
        if (candidate.letter() == 0) {
            return roman;
        }
        // i, v, x, l: both. The run it would continue decides, the nearer one first: (v) after (iv)
        // is a numeral, (v) after (u) a letter; (i) continues no numeral run but starts one unless
        // it follows (h) — and even then (i), (ii) under (h) are numerals.
        if (continues(roman, candidate.roman())) {
            return roman;
        }
        if (continues(letter, candidate.letter())) {
            return candidate.roman() == 1 && nextIsSecond(candidate, following) ? roman : letter;
        }
        return candidate.roman() == 1 ? roman : letter;
    }

    private boolean continues(Kind kind, int ordinal) {
        int depth = depthOf(kind);
        return depth >= 0 && runs.get(depth).last() == ordinal - 1;
    }

    private static boolean nextIsSecond(Candidate first, Iterator<String> following) {
        while (following.hasNext()) {
            Optional<Candidate> next = ClauseMarker.read(following.next());
            if (next.isPresent()) {
                return next.get().roman() == 2 && next.get().upperCase() == first.upperCase();
            }
        }
        return false;
    }

    private int depthOf(Kind kind) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    private static int ordinal(Candidate candidate, Kind kind) {
        return switch (kind) {
            case NUMBER -> candidate.number();
            case LOWER_ROMAN, UPPER_ROMAN -> candidate.roman();
            case LOWER_LETTER, UPPER_LETTER -> candidate.letter();
        };
    }

    /** The source of the paragraphs after {@code node} up to the next heading, read as far as asked. */
    public static Iterator<String> paragraphsAfter(Node node) {
        return new Iterator<>() {
            private Node next = node.getNext();

            @Override
            public boolean hasNext() {
                return next != null && !(next instanceof Heading);
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String source = SourceText.of(next.getChars());
                next = next.getNext();
                return source;
            }
        };
    }
}
