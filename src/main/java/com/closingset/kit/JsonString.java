package com.closingset.kit;

/** A JSON string (RFC 8259), ASCII only, so no terminal encoding can garble what is printed. */
public final class JsonString {
    private JsonString() {
    }

    /** Quote, backslash and control characters escaped, non-ASCII as \\uXXXX. */
    public static String of(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        // UTF-16 units, so a character beyond the BMP becomes its surrogate pair, as JSON wants.
                        s.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
