package com.closingset.assemble;

/**
 * Straight quotes typed in a deal, as the documents' own typography has them: an apostrophe and a
 * closing single quote ’, an opening one ‘, double quotes “ and ”. The templates are typed with curly
 * quotes; without this, a sentence with a deal's "Second Circuit" beside a template's “Company” mixes
 * the two. A quote opens after a space, an opening bracket or a dash, or at the start; anywhere else
 * it closes. An apostrophe before a digit after a space is an elision ('07), not an opening quote.
 */
final class CurlyQuotes {
    private CurlyQuotes() {
    }

    static String of(String text) {
        if (text.indexOf('\'') < 0 && text.indexOf('"') < 0) {
            return text;
        }
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opens = i == 0 || opensAfter(text.charAt(i - 1));
            if (c == '"') {
                s.append(opens ? '\u201C' : '\u201D');
            } else if (c == '\'') {
                boolean elision = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
                s.append(opens && !elision ? '\u2018' : '\u2019');
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static boolean opensAfter(char c) {
        return Character.isWhitespace(c) || "([{\u2014\u2013-/\u201C\u2018".indexOf(c) >= 0;
    }
}
