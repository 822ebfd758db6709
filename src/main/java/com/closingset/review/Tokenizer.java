package com.closingset.review;

import com.closingset.review.Token.Kind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.closingset.markdown.MarkdownDialect;

/**
 * Cuts Markdown into {@link Token}s without losing a character: the tokens of a text joined again
 * are the text. A word is a run of letters and digits; an amount is one word with its currency sign
 * or percent sign, so a change from {@code $1.14} to {@code $1.10} strikes {@code $1.14} whole, as a
 * reader says the price, and never leaves the dollar sign standing between the two figures.
 */
final class Tokenizer {
    private static final Pattern BLOCK_PREFIX = MarkdownDialect.BLOCK_PREFIX;
    private static final Pattern AMOUNT = Pattern.compile("\\p{Sc}\\p{N}+(?:[.,]\\p{N}+)*%?|\\p{N}+(?:[.,]\\p{N}+)*%");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,’'/-][\\p{L}\\p{N}]+)*");
    private static final Pattern AUTOLINK = MarkdownDialect.AUTOLINK;
    private static final Pattern HTML_TAG = MarkdownDialect.HTML_TAG;
    private static final Pattern LINK_END = MarkdownDialect.LINK_END;
    private static final Pattern SPACE = Pattern.compile("[ \\t]+");
    private static final Pattern DELIMITERS = MarkdownDialect.EMPHASIS_DELIMITERS;

    private Tokenizer() {
    }

    /**
     * The tokens of a block of lines that flow as one paragraph (or a heading, or a quote): each
     * line's block prefix is markup, a hard break is a {@link Kind#BREAK}, any other end of line a space.
     */
    static List<Token> block(List<String> lines) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean last = i == lines.size() - 1;
            List<Token> own = line(line);
            Token end = own.isEmpty() ? null : own.get(own.size() - 1);
            boolean hardBreak = end != null && end.kind() == Kind.MARKUP && end.text().equals("\\");
            if (hardBreak && !last) {
                // The break and the end of its line are one token, so a deleted line keeps its own line.
                own.set(own.size() - 1, new Token(Kind.BREAK, "\\\n"));
            } else if (!last) {
                own.add(new Token(Kind.SPACE, "\n"));
            }
            tokens.addAll(own);
        }
        return tokens;
    }

    /**
     * The tokens of one line: its block prefix, if any, as markup, then its inline content, then the
     * backslash of a hard break, if it ends in one, as markup too.
     */
    static List<Token> line(String line) {
        List<Token> tokens = new ArrayList<>();
        Matcher prefix = BLOCK_PREFIX.matcher(line);
        int from = 0;
        if (prefix.find() && prefix.end() > 0) {
            tokens.add(new Token(Kind.MARKUP, line.substring(0, prefix.end())));
            from = prefix.end();
        }
        boolean hardBreak = endsWithHardBreak(line) && line.length() > from;
        tokens.addAll(inline(line.substring(from, hardBreak ? line.length() - 1 : line.length())));
        if (hardBreak) {
            tokens.add(new Token(Kind.MARKUP, "\\"));
        }
        return tokens;
    }

    /** The tokens of inline Markdown: a table cell, or a line after its block prefix. */
    static List<Token> inline(String text) {
        List<Token> tokens = new ArrayList<>();
        Matchers m = new Matchers(text);
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            int end;
            Kind kind;
            if ((c == ' ' || c == '\t') && (end = m.match(SPACE, at)) > 0) {
                kind = Kind.SPACE;
            } else if (c == '\\' && at + 1 < text.length()) {
                end = at + 2;
                kind = Kind.PUNCT;
            } else if (c == '`') {
                end = codeSpanEnd(text, at);
                kind = end > 0 ? Kind.LITERAL : Kind.PUNCT;
                if (end < 0) {
                    end = at + run(text, at, '`');
                }
            } else if (c == '<' && ((end = m.match(AUTOLINK, at)) > 0 || (end = m.match(HTML_TAG, at)) > 0)) {
                kind = Kind.LITERAL;
            } else if ((c == '*' || c == '_') && (end = m.match(DELIMITERS, at)) > 0) {
                kind = Kind.MARKUP;
            } else if (c == '[') {
                end = at + 1;
                kind = Kind.MARKUP;
            } else if (c == ']' && (end = m.match(LINK_END, at)) > 0) {
                kind = Kind.MARKUP;
            } else if (mayBeWord(c) && ((end = m.match(AMOUNT, at)) > 0 || (end = m.match(WORD, at)) > 0)) {
                kind = Kind.WORD;
            } else {
                end = at + Character.charCount(text.codePointAt(at));
                kind = Kind.PUNCT;
            }
            tokens.add(new Token(kind, text.substring(at, end)));
            at = end;
        }
        return tokens;
    }

    /**
     * Whether a word or an amount may begin with {@code c}: of ASCII, only a letter, a digit or the
     * dollar sign can ({@code \p{L}}, {@code \p{N}}, {@code \p{Sc}}), so another ASCII character is not
     * asked of the patterns; any other character is.
     */
    private static boolean mayBeWord(char c) {
        return c >= 128 || c == '$' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** One matcher of each pattern over one text, made when first asked for and moved along it: a redline asks millions of times. */
    private static final class Matchers {
        private final String text;
        private final Map<Pattern, Matcher> made = new IdentityHashMap<>();

        Matchers(String text) {
            this.text = text;
        }

        /** The end of {@code pattern}'s match beginning at {@code at}, or -1 where none does or it is empty. */
        int match(Pattern pattern, int at) {
            Matcher m = made.computeIfAbsent(pattern, p -> p.matcher(text));
            m.region(at, text.length());
            return m.lookingAt() && m.end() > at ? m.end() : -1;
        }
    }

    /** A line ending in an odd number of backslashes ends in a hard break, not an escaped backslash. */
    static boolean endsWithHardBreak(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static int run(String text, int at, char c) {
        int n = 0;
        while (at + n < text.length() && text.charAt(at + n) == c) {
            n++;
        }
        return n;
    }

    /** The end of the code span opening at {@code at}: the next backtick run of the same length, or -1. */
    private static int codeSpanEnd(String text, int at) {
        int ticks = run(text, at, '`');
        for (int i = at + ticks; i < text.length(); ) {
            int n = run(text, i, '`');
            if (n == ticks) {
                return i + n;
            }
            i += Math.max(n, 1);
        }
        return -1;
    }
}
