package com.closingset.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * A node's source characters as a String. Flexmark's own toString() and unescape() copy them one
 * bounds-checked charAt at a time, and unescape() runs a regex over them first; drawing reads every
 * paragraph's source several times, so these took a tenth of drawing time. Same strings, copied at once.
 */
public final class SourceText {
    private SourceText() {
    }

    /** The same string as {@code chars.toString()}. */
    public static String of(BasedSequence chars) {
        // A plain sub-sequence of a String is that String's slice, except that Flexmark reads NUL as U+FFFD.
        if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
            String slice = base.substring(chars.getStartOffset(), chars.getEndOffset());
            if (slice.indexOf('\0') < 0) {
                return slice;
            }
        }
        return chars.toString();
    }

    /** The same string as {@code chars.unescape()}: text without a backslash or ampersand has nothing to unescape. */
    public static String unescaped(BasedSequence chars) {
        String text = of(chars);
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : chars.unescape();
    }

    /** The line (from 1) of {@code text} that holds the character at {@code offset}. */
    public static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
