package com.closingset.docx;

import java.util.Locale;

/**
 * A character XML 1.0 cannot carry (a control character other than tab and line ending, an unpaired
 * surrogate, U+FFFE, U+FFFF): Word refuses a document holding one as corrupt, so the drawing stops
 * instead, naming it.
 */
public final class UnwritableText extends RuntimeException {
    private final int codePoint;

    private UnwritableText(int codePoint, String message) {
        super(message);
        this.codePoint = codePoint;
    }

    /** Stops at the first character of {@code text} that a Word document cannot hold. */
    static void check(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!writable(c)) {
                throw new UnwritableText(c, "a Word document cannot hold " + name(c) + " (a control character) in \""
                        + text.strip() + "\"");
            }
            i += Character.charCount(c);
        }
    }

    private static boolean writable(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }

    public int codePoint() {
        return codePoint;
    }

    private static String name(int c) {
        String name = com.ibm.icu.lang.UCharacter.getExtendedName(c);
        return String.format(Locale.ROOT, "U+%04X %s", c, name == null ? "" : name).strip();
    }
}
