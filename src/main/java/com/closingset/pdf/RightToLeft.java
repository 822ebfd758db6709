package com.closingset.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BreakIterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Arabic and Hebrew as a page shows them. OpenPDF draws characters left to right, one glyph each,
 * so each right-to-left stretch of a run is put in visual order here (Unicode's bidirectional
 * algorithm, ICU's implementation, in a left-to-right line) and Arabic letters take their joined
 * forms (ICU's shaping, to the presentation forms the Noto Naskh face has).
 *
 * <p>The order of a stretch depends on where its lines end, which OpenPDF decides later. So a
 * stretch is kept on one line, its spaces made no-break; one wider than a line is cut first, at
 * spaces, into pieces that each fill at most a line and are each put in order alone. Each piece
 * then takes a line of its own and the lines read, top to bottom, in the order of the words.
 */
final class RightToLeft {
    private static final char NO_BREAK_SPACE = '\u00A0';

    private RightToLeft() {
    }

    static boolean isStrongRtl(int c) {
        int d = UCharacter.getDirection(c);
        return d == UCharacterDirection.RIGHT_TO_LEFT || d == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
    }

    static boolean holdsRtl(String text) {
        return text.codePoints().anyMatch(RightToLeft::isStrongRtl);
    }

    /**
     * The run in visual order: each right-to-left stretch (with the digits and punctuation between
     * its letters, and the digits after one) shaped and reversed; the left-to-right text around it,
     * a space or a parenthesis included, stays where it is.
     *
     * @param fitsALine whether a text in the run's face and size fits on one line of its block
     */
    static String visual(String run, Predicate<String> fitsALine) {
        String shaped = shape(run);
        byte[] levels = new Bidi(shaped, Bidi.LTR).getLevels();
        StringBuilder out = new StringBuilder(shaped.length());
        for (int from = 0; from < shaped.length(); ) {
            boolean rtl = levels[from] > 0;
            int to = from;
            while (to < shaped.length() && levels[to] > 0 == rtl) {
                to++;
            }
            if (rtl) {
                out.append(stretch(shaped, from, to, fitsALine));
            } else {
                out.append(shaped, from, to);
            }
            from = to;
        }
        return out.toString();
    }

    /** {@code text[from, to)}, one right-to-left stretch, as pieces a line wide in visual order. */
    private static String stretch(String text, int from, int to, Predicate<String> fitsALine) {
        // What touches the stretch without a space between moves with it to the next line.
        int before = text.lastIndexOf(' ', from - 1) + 1;
        int space = text.indexOf(' ', to);
        int after = space < 0 ? text.length() : space;
        String glued = text.substring(before, from) + text.substring(to, after);
        // Measured as drawn: its spaces no-break, which a face may draw wider than a space.
        Predicate<String> fits = piece -> fitsALine.test(glued + piece.replace(' ', NO_BREAK_SPACE));
        List<String> shown = new ArrayList<>();
        for (String piece : pieces(text.substring(from, to), fits)) {
            shown.add(new Bidi(piece, Bidi.RTL).writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS)
                    .replace(' ', NO_BREAK_SPACE));
        }
        return String.join(" ", shown);
    }

    /** The stretch cut at spaces into pieces that fit; a word wider than a line alone is cut between characters. */
    private static List<String> pieces(String stretch, Predicate<String> fits) {
        if (fits.test(stretch)) {
            return List.of(stretch);
        }
        List<String> pieces = new ArrayList<>();
        String line = null;
        for (String word : stretch.split(" ", -1)) {
            String longer = line == null ? word : line + " " + word;
            if (fits.test(longer)) {
                line = longer;
                continue;
            }
            if (line != null) {
                pieces.add(line);
            }
            line = word;
            if (!fits.test(word)) {
                List<String> cut = cut(word, fits);
                pieces.addAll(cut.subList(0, cut.size() - 1));
                line = cut.get(cut.size() - 1);
            }
        }
        pieces.add(line);
        return pieces;
    }

    /** A word cut where a reader sees one character end and the next begin, never inside one. */
    private static List<String> cut(String word, Predicate<String> fits) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(word);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int end = characters.next();
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            if (!fits.test(word.substring(start, next))) {
                pieces.add(word.substring(start, end));
                start = end;
            }
            end = next;
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    private static String shape(String text) {
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(text);
        } catch (ArabicShapingException e) {
            throw new IllegalStateException("cannot shape Arabic text \"" + text + "\": " + e.getMessage(), e);
        }
    }
}
