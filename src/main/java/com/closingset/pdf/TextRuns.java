package com.closingset.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.lowagie.text.pdf.BaseFont;

import java.util.ArrayList;
import java.util.List;

/**
 * Text cut into runs of one face each: Liberation where it has the glyph, else the first face of the
 * font chain that has it. A space or punctuation mark stays in the face of the run it is in, so a
 * name in Chinese or Arabic is one run, spaces and all. A character no face has stops the drawing.
 */
final class TextRuns {
    /** Liberation has no non-breaking hyphen (U+2011); its hyphen (U+2010) is the same glyph and never breaks here. */
    static final char NON_BREAKING_HYPHEN = '\u2011';
    static final char HYPHEN = '\u2010';
    private static final int PRIMARY = -2;

    /** A piece of text and the face that draws it. */
    record Run(String text, BaseFont face) {
    }

    private TextRuns() {
    }

    /**
     * @param size the text's size in points
     * @param lineWidth the width of its block's lines, in points: a right-to-left stretch wider is cut
     *                  to lines before it is put in visual order ({@link RightToLeft})
     */
    static List<Run> of(String text, BaseFont primary, boolean bold, FallbackFaces fallbacks, float size, float lineWidth) {
        String hyphened = primary.charExists(NON_BREAKING_HYPHEN) ? text : text.replace(NON_BREAKING_HYPHEN, HYPHEN);
        if (UnprintableText.coveredByAscii(primary, hyphened)) {
            return List.of(new Run(hyphened, primary));
        }
        // A letter and its accent typed apart are drawn as the one precomposed glyph where Unicode has one.
        String composed = Normalizer2.getNFCInstance().normalize(hyphened);
        checkMarks(composed);
        if (!RightToLeft.holdsRtl(composed)) {
            return cut(composed, primary, bold, fallbacks);
        }
        // A character no face has is named as written, not reversed.
        cut(composed, primary, bold, fallbacks);
        // The whole text in visual order before it is cut into faces: a right-to-left name holding a
        // mark its face lacks (an Arabic face has no parentheses) is one stretch across the faces,
        // whose words would come out in the wrong order if each face's run were reversed alone.
        String drawn = RightToLeft.visual(composed, piece -> width(piece, primary, bold, fallbacks, size) <= lineWidth);
        return cut(drawn, primary, bold, fallbacks);
    }

    /** The width of {@code text} as drawn, each part in the face that draws it. */
    private static float width(String text, BaseFont primary, boolean bold, FallbackFaces fallbacks, float size) {
        float width = 0;
        for (Run run : cut(text, primary, bold, fallbacks)) {
            width += run.face().getWidthPoint(run.text(), size);
        }
        return width;
    }

    /** Text cut into runs of one face each, in the order given (as written, or as drawn). */
    private static List<Run> cut(String drawn, BaseFont primary, boolean bold, FallbackFaces fallbacks) {
        List<Run> runs = new ArrayList<>();
        int current = PRIMARY;
        int from = 0;
        for (int i = 0; i < drawn.length(); ) {
            int c = drawn.codePointAt(i);
            int choice = choose(c, current, primary, fallbacks, drawn);
            if (choice != current && i > from) {
                runs.add(run(drawn.substring(from, i), current, primary, bold, fallbacks));
                from = i;
            }
            current = choice;
            i += Character.charCount(c);
        }
        runs.add(run(drawn.substring(from), current, primary, bold, fallbacks));
        return runs;
    }

    /**
     * A mark that stays apart from its letter after composition is drawn beside it, not over it (this
     * renderer positions no marks), except in Hebrew and Arabic, whose fonts draw their points and
     * vowel signs over the letter before them.
     */
    private static void checkMarks(String text) {
        int base = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = UCharacter.getType(c);
            if (type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK) {
                int script = base < 0 ? UScript.COMMON : UScript.getScript(base);
                if (script != UScript.HEBREW && script != UScript.ARABIC) {
                    throw UnprintableText.unplacedMark(c, text);
                }
            } else {
                base = c;
            }
            i += Character.charCount(c);
        }
    }

    private static int choose(int c, int current, BaseFont primary, FallbackFaces fallbacks, String text) {
        // A line break or tab is laid out, never drawn as a glyph.
        if (c == '\n' || c == '\r') {
            return current;
        }
        if (isNeutral(c) && current != PRIMARY && fallbacks.face(current, false, FallbackFaces.Region.SC).charExists(c)) {
            return current;
        }
        if (primary.charExists(c)) {
            return PRIMARY;
        }
        int fallback = fallbacks.typefaceFor(c);
        if (fallback < 0) {
            throw UnprintableText.noFaceHas(c, text);
        }
        return fallback;
    }

    /** Spaces, punctuation and marks belong to no script: they go with the letters around them. */
    private static boolean isNeutral(int c) {
        int script = UScript.getScript(c);
        return script == UScript.COMMON || script == UScript.INHERITED;
    }

    private static Run run(String text, int typeface, BaseFont primary, boolean bold, FallbackFaces fallbacks) {
        BaseFont face = typeface == PRIMARY ? primary
                : fallbacks.face(typeface, bold, fallbacks.isCjk(typeface) ? region(text) : FallbackFaces.Region.SC);
        if (typeface != PRIMARY) {
            // Shaping turns letters into joined forms, which the face must have too.
            UnprintableText.check(face, text);
        }
        return new Run(text, face);
    }

    /** Kana is Japanese, Hangul Korean; Chinese characters alone are drawn in the simplified forms. */
    private static FallbackFaces.Region region(String text) {
        boolean korean = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int script = UScript.getScript(c);
            if (script == UScript.HIRAGANA || script == UScript.KATAKANA) {
                return FallbackFaces.Region.JP;
            }
            korean |= script == UScript.HANGUL;
            i += Character.charCount(c);
        }
        return korean ? FallbackFaces.Region.KR : FallbackFaces.Region.SC;
    }
}
