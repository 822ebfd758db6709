package com.closingset.deal;

import java.util.Locale;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * What a deal's text may hold, and when two texts name the same thing. A control character, a
 * bidirectional override or isolate, a zero-width character or half of a surrogate pair shows as
 * nothing (or reorders what follows) yet changes what a name is: such text is refused. Two names
 * that differ only in case, spacing, zero-width characters or full-width letters are one name.
 */
final class TextValues {
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextValues() {
    }

    /** The first character of {@code text} that may not stand in a deal's text; empty when none. */
    static OptionalInt unseen(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c != '\n' && isUnseen(c)) {
                return OptionalInt.of(c);
            }
            i += Character.charCount(c);
        }
        return OptionalInt.empty();
    }

    private static boolean isUnseen(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF || c == 0x061C
                || Character.isSurrogate((char) c) && Character.charCount(c) == 1;
    }

    /** The character as the Unicode standard names it: {@code U+202E RIGHT-TO-LEFT OVERRIDE}. */
    static String describe(int c) {
        String name = UCharacter.getName(c);
        if (name == null || name.isEmpty()) {
            return String.format(Locale.ROOT, "U+%04X (%s)", c, Character.isSurrogate((char) c) ? "half of a surrogate pair" : "a control character");
        }
        return String.format(Locale.ROOT, "U+%04X %s", c, name);
    }

    /** The form two names are compared in: NFKC with case folded (which drops zero-width characters), spaces run together. */
    static String identity(String name) {
        return SPACES.matcher(NFKC_CASEFOLD.normalize(name)).replaceAll(" ").strip();
    }
}
