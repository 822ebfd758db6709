package com.closingset.docx;

/** Text and attribute values as WordprocessingML holds them: escaped, and checked to be writable at all. */
final class WordXml {
    private WordXml() {
    }

    /** {@code text} escaped for an element's content or an attribute in double quotes. */
    static String escaped(String text) {
        UnwritableText.check(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
