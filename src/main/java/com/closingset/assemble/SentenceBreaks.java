package com.closingset.assemble;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where sentences start in a line of Markdown prose: ICU's sentence boundaries (Unicode's UAX #29
 * rules) with a break after an abbreviation of {@link Abbreviations} suppressed by ICU's filter.
 * Not thread-safe: ICU's iterators hold the text they walk.
 */
final class SentenceBreaks {
    /** Stands in for a period inside a word in the text ICU reads; see {@link #masked}. */
    private static final char INNER_PERIOD = '\uE000';
    /** A clause or section number on its own ("4.", "(a)", "iv."), which opens a sentence rather than being one. */
    private static final Pattern LABEL = Pattern.compile("\\(?(?:\\d+(?:\\.\\d+)*|[A-Za-z]|[ivxlc]+|[IVXLC]+)[.)]");
    private static final Pattern MARKUP = Pattern.compile("[*_\\\\]");
    private static final String OPENING_PUNCTUATION = "(\"“‘'[";
    private static final String CLOSING_PUNCTUATION = ",;:)]\"”’'";

    private final BreakIterator rules = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
    private final BreakIterator filtered;

    SentenceBreaks() {
        // The empty builder, not the locale's list: ICU's English list holds entries such as "J.D."
        // which, by the way ICU4J matches them, stop a plain "J." (an initial) from being suppressed.
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getEmptyInstance();
        Abbreviations.all().forEach(a -> builder.suppressBreakAfter(masked(a)));
        filtered = builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
    }

    /**
     * The offsets in {@code text} where a sentence after the first starts, each right after the one
     * space that separates it from the one before; never 0 nor the end.
     */
    List<Integer> in(String text) {
        String masked = masked(text);
        rules.setText(masked);
        filtered.setText(masked);
        List<Integer> starts = new ArrayList<>();
        int sentence = 0;
        for (int at = rules.next(); at != BreakIterator.DONE && at < text.length(); at = rules.next()) {
            boolean icuBreak = filtered.isBoundary(at) || !suppressed(text, at);
            if (icuBreak && singleSpaceBefore(text, at) && endsSentence(text, sentence, at)) {
                starts.add(at);
                sentence = at;
            }
        }
        return starts;
    }

    /**
     * The text ICU reads: Markdown's emphasis marks as closing quotes, so that a sentence ending in
     * {@code **...**} ends after the marks, not before them; and a period inside a word ("U.S.",
     * "p.m.", "$1.14") as a private-use character, because ICU4J's filter files an abbreviation
     * with an inner period under its first part and so never suppresses the break after "U.S." —
     * the abbreviations are given to it masked the same way. The text keeps its length, so offsets
     * carry over.
     */
    private static String masked(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '*' || c[i] == '_') {
                c[i] = '"';
            } else if (c[i] == '.' && i + 1 < c.length && Character.isLetterOrDigit(c[i + 1])) {
                c[i] = INNER_PERIOD;
            }
        }
        return new String(c);
    }

    /**
     * Whether a break ICU's filter drops at {@code at} is really after an abbreviation: ICU4J matches
     * abbreviations as suffixes ("F." suppresses the break after "PDF."), so the whole word must be
     * one; and a trailing one ("Inc.") ends the sentence when the next word opens one.
     */
    private static boolean suppressed(String text, int at) {
        String word = wordBefore(text, at);
        if (Abbreviations.LEADING.contains(word)) {
            return true;
        }
        return Abbreviations.TRAILING.contains(word) && !Abbreviations.OPENERS.contains(wordAfter(text, at));
    }

    private static boolean singleSpaceBefore(String text, int at) {
        return at >= 2 && text.charAt(at - 1) == ' ' && !Character.isWhitespace(text.charAt(at - 2));
    }

    /** A sentence is more than its label: "**4.** Exercise ..." and "(a) The ..." are not split after the label. */
    private static boolean endsSentence(String text, int from, int at) {
        String sentence = MARKUP.matcher(text.substring(from, at)).replaceAll("").strip();
        return !LABEL.matcher(sentence).matches();
    }

    private static String wordBefore(String text, int at) {
        int end = at - 1;
        int start = text.lastIndexOf(' ', end - 1) + 1;
        while (start < end && (OPENING_PUNCTUATION.indexOf(text.charAt(start)) >= 0 || "*_".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        return text.substring(start, end);
    }

    private static String wordAfter(String text, int at) {
        int end = text.indexOf(' ', at);
        end = end < 0 ? text.length() : end;
        while (end > at && CLOSING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(at, end);
    }
}
