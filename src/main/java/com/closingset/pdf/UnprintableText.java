package com.closingset.pdf;

import java.util.Locale;
import com.lowagie.text.pdf.BaseFont;

/**
 * A character the document's font has no glyph for. OpenPDF leaves such a character out of the page
 * without a word ("Registered Holder:" and then nothing), so the drawing stops instead, naming it.
 */
public final class UnprintableText extends RuntimeException {
    private final int codePoint;
    private final String text;

    private UnprintableText(int codePoint, String text, String message) {
        super(message);
        this.codePoint = codePoint;
        this.text = text;
    }

    // Faces that draw every printable ASCII character, found once per face: most text needs no other check.
    private static final java.util.Map<BaseFont, Boolean> COVERS_ASCII = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** Stops at the first character of {@code text} that {@code face} cannot draw. */
    static void check(BaseFont face, String text) {
        if (coveredByAscii(face, text)) {
            return;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            // A line break or tab is laid out, never drawn as a glyph.
            if (c != '\n' && c != '\r' && !face.charExists(c)) {
                throw new UnprintableText(c, text, describe(c, text));
            }
            i += Character.charCount(c);
        }
    }

    /** Whether {@code text} is printable ASCII, which {@code face} draws all of: the common case, checked once per face. */
    static boolean coveredByAscii(BaseFont face, String text) {
        return isPrintableAscii(text) && COVERS_ASCII.computeIfAbsent(face, UnprintableText::coversAscii);
    }

    /** A character that neither Liberation nor any font of the chain has a glyph for. */
    static UnprintableText noFaceHas(int c, String text) {
        return new UnprintableText(c, text, "no font of the PDF (Liberation, then the fallback fonts) has a glyph for "
                + name(c) + " in \"" + shown(c, text) + "\"; the page would leave it out");
    }

    private static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c > 0x7E) && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean coversAscii(BaseFont face) {
        for (char c = 0x20; c <= 0x7E; c++) {
            if (!face.charExists(c)) {
                return false;
            }
        }
        return true;
    }

    public int codePoint() {
        return codePoint;
    }

    /** The run of text the character stands in, as drawn. */
    public String text() {
        return text;
    }

    private static String describe(int c, String text) {
        return "the PDF's font has no glyph for " + name(c) + " in \"" + shown(c, text) + "\"; the page would leave it out";
    }

    /** The character as Unicode names it: {@code U+1F600 GRINNING FACE}. */
    static String name(int c) {
        String name = com.ibm.icu.lang.UCharacter.getExtendedName(c);
        return String.format(Locale.ROOT, "U+%04X %s", c, name == null ? "" : name).strip();
    }

    private static String shown(int c, String text) {
        String shown = text.strip();
        if (shown.length() > 60) {
            int at = Math.max(0, text.indexOf(Character.toString(c)) - 30);
            shown = "…" + text.substring(at, Math.min(text.length(), at + 60)).strip() + "…";
        }
        return shown;
    }
}
