package com.closingset.pdf;

import com.ibm.icu.lang.UScript;
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

    static List<Run> of(String text, BaseFont primary, boolean bold, FallbackFaces fallbacks) {
        String drawn = primary.charExists(NON_BREAKING_HYPHEN) ? text : text.replace(NON_BREAKING_HYPHEN, HYPHEN);
        if (UnprintableText.coveredByAscii(primary, drawn)) {
            return List.of(new Run(drawn, primary));
        }
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
        String shown = RightToLeft.holdsRtl(text) ? RightToLeft.visual(text) : text;
        if (typeface == PRIMARY) {
            return new Run(shown, primary);
        }
        FallbackFaces.Region region = fallbacks.isCjk(typeface) ? region(text) : FallbackFaces.Region.SC;
        BaseFont face = fallbacks.face(typeface, bold, region);
        // Shaping turns letters into joined forms, which the face must have too.
        UnprintableText.check(face, shown);
        return new Run(shown, face);
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
