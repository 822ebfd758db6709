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
        if (isPrintableAscii(text) && COVERS_ASCII.computeIfAbsent(face, UnprintableText::coversAscii)) {
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
        String shown = text.strip();
        if (shown.length() > 60) {
            int at = Math.max(0, text.indexOf(Character.toString(c)) - 30);
            shown = "…" + text.substring(at, Math.min(text.length(), at + 60)).strip() + "…";
        }
        return String.format(Locale.ROOT, "the PDF's font has no glyph for U+%04X %s in \"%s\"; the page would leave it out", c,
                Character.isISOControl(c) ? "(a control character)" : "\"" + Character.toString(c) + "\"", shown);
    }
}
