package com.closingset.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Arabic and Hebrew as a page shows them. OpenPDF draws characters left to right, one glyph each,
 * so a right-to-left run is put in visual order here (Unicode's bidirectional algorithm, ICU's
 * implementation) and Arabic letters take their joined forms (ICU's shaping, to the presentation
 * forms the Noto Naskh face has). A run is kept on one line, since a run reordered for one line
 * would read in the wrong order split over two.
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
     * The run in visual order: from its first right-to-left letter to its last (and digits after
     * one), shaped and reversed; what stands before and after (a space, a parenthesis) stays where
     * the left-to-right text around it puts it.
     */
    static String visual(String run) {
        int start = 0;
        while (start < run.length() && !isStrongRtl(run.codePointAt(start))) {
            start += Character.charCount(run.codePointAt(start));
        }
        int end = start;
        for (int i = start; i < run.length(); ) {
            int c = run.codePointAt(i);
            i += Character.charCount(c);
            if (isStrongRtl(c) || Character.isDigit(c) || UCharacter.getType(c) == UCharacter.NON_SPACING_MARK) {
                end = i;
            }
        }
        String core = run.substring(start, end);
        String shown = new Bidi(shape(core), Bidi.RTL).writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
        return run.substring(0, start) + shown.replace(' ', NO_BREAK_SPACE) + run.substring(end);
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
