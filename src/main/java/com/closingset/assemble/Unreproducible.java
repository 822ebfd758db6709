package com.closingset.assemble;

import java.util.Map;
import java.util.Optional;

/**
 * What a template may not read because its value changes from one build to the next, found in the
 * template's source: the special variables {@code .now} (the clock) and {@code .error} (an error's
 * wording, which changes with the Java running the build), and {@code ?eval} and {@code ?interpret},
 * which run text as template code this reading cannot see. {@code ?api} and {@code ?new} are off
 * in the engine itself; {@code .locale}, {@code .lang} and the like are the engine's fixed settings.
 *
 * <p>The source is read the way FreeMarker's lexer divides it (static text, comments, {@code
 * <#noparse>}, tags, interpolations, string literals and the interpolations inside them), so that
 * "available now." in a document's prose is text, and {@code deal.now} is a field of the deal. It is
 * read here rather than from the parsed template, whose tree is not FreeMarker's public API.
 */
final class Unreproducible {
    /** What stands at {@code line}:{@code column}, and why it may not. */
    record Found(int line, int column, String token, String why) {
    }

    private static final String CLOCK = "the time the build runs, so no two builds would write the same document; a document "
            + "prints the deal's own dates (w.date(deal.dates...))";
    private static final Map<String, String> SPECIAL = Map.of(
            "now", CLOCK,
            "error", "the wording of a recovered error, which changes with the Java that runs the build; a document says what "
                    + "the deal says");
    private static final String HIDDEN = "runs text as template code, which would hide from this check what the code reads; "
            + "write the expression itself";
    private static final Map<String, String> BUILT_INS = Map.of("eval", HIDDEN, "interpret", HIDDEN);

    private final String s;
    private int i;
    private Found found;

    private Unreproducible(String s) {
        this.s = s;
    }

    static Optional<Found> first(String source) {
        Unreproducible scan = new Unreproducible(source);
        scan.text();
        return Optional.ofNullable(scan.found);
    }

    /** Static text, up to the end or the first thing found. */
    private void text() {
        while (i < s.length() && found == null) {
            char c = s.charAt(i);
            if (c != '<' && c != '$' && c != '#') {
                // Most of a template is prose, and everything asked about below starts with one of these.
                i++;
            } else if (s.startsWith("<#--", i)) {
                skipPast("-->");
            } else if (s.startsWith("<#noparse", i) && !isNamePart(at(i + 9))) {
                skipPast("</#noparse>");
            } else if (s.startsWith("${", i) || s.startsWith("#{", i)) {
                i += 2;
                expression('}');
            } else if (s.startsWith("<#", i) || s.startsWith("<@", i)) {
                i += 2;
                expression('>');
            } else if (s.startsWith("</#", i) || s.startsWith("</@", i)) {
                i += 3;
                expression('>');
            } else {
                i++;
            }
        }
    }

    /** An expression (a tag's parameters or an interpolation), past the {@code closer} that ends it at depth 0. */
    private void expression(char closer) {
        int depth = 0;
        char prev = 0;
        while (i < s.length() && found == null) {
            char c = s.charAt(i);
            if (s.startsWith("<#--", i)) {
                skipPast("-->");
                continue;
            }
            if (c == '"' || c == '\'') {
                string(c, at(i - 1) == 'r' && !isNamePart(at(i - 2)));
                prev = c;
                continue;
            }
            if (c == closer && depth == 0) {
                i++;
                return;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == '.' && !isOperandEnd(prev) && isNameStart(at(i + 1))) {
                check(i, name(i + 1), SPECIAL, ".");
            } else if (c == '?' && at(i + 1) == '?') {
                i += 2;
                prev = '?';
                continue;
            } else if (c == '?') {
                int start = i + 1;
                while (Character.isWhitespace(at(start))) {
                    start++;
                }
                check(i, name(start), BUILT_INS, "?");
            }
            if (!Character.isWhitespace(c)) {
                prev = c;
            }
            i++;
        }
    }

    /** A string literal from its opening quote; a raw one ({@code r"..."}) holds no escapes and no interpolations. */
    private void string(char quote, boolean raw) {
        i++;
        while (i < s.length() && found == null) {
            char c = s.charAt(i);
            if (c == quote) {
                i++;
                return;
            }
            if (!raw && c == '\\') {
                i += 2;
            } else if (!raw && (s.startsWith("${", i) || s.startsWith("#{", i))) {
                i += 2;
                expression('}');
            } else {
                i++;
            }
        }
    }

    private void check(int at, String name, Map<String, String> refused, String sign) {
        String why = refused.get(name);
        if (why != null) {
            String before = s.substring(0, at);
            int line = 1 + (int) before.chars().filter(ch -> ch == '\n').count();
            found = new Found(line, at - before.lastIndexOf('\n'), sign + name, why);
        }
    }

    private String name(int from) {
        int end = from;
        while (isNamePart(at(end))) {
            end++;
        }
        return s.substring(from, end);
    }

    private void skipPast(String end) {
        int at = s.indexOf(end, i);
        i = at < 0 ? s.length() : at + end.length();
    }

    private char at(int index) {
        return index >= 0 && index < s.length() ? s.charAt(index) : 0;
    }

    /** After a name, a call, an index, a number or a dot, a dot reads a member or makes a range: it is no special variable. */
    private static boolean isOperandEnd(char c) {
        return isNamePart(c) || c == ')' || c == ']' || c == '}' || c == '.' || c == '"' || c == '\'';
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$' || c == '@';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || Character.isDigit(c);
    }
}
