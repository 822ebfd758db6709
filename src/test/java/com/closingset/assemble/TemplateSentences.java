package com.closingset.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's running text with one sentence per line, as the output has it: each long line of
 * prose is broken where ICU's sentence rules (SentenceLines) break it, except inside an
 * interpolation, a directive's tag or an inline directive still open, and never before what could
 * open a block. The output is the same either way: SentenceLines breaks the rendered line there too.
 */
final class TemplateSentences {
    /** A line of prose begins with a letter, a quote, a parenthesis, bold, an interpolation or a macro call. */
    private static final Pattern PROSE = Pattern.compile("[A-Za-z“(\"]|\\*\\*|\\$\\{|<@");
    /** A sentence that may begin a line of a paragraph: nothing that CommonMark could read as a new block. */
    private static final Pattern SAFE_START = Pattern.compile("[A-Za-z“(\"]");
    private static final Pattern DIRECTIVE = Pattern.compile("<#(if|list|switch|attempt|macro)\\b|</#(if|list|switch|attempt|macro)>");
    private static final int SHORT = 120;

    private TemplateSentences() {
    }

    static List<String> split(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean comment = false;
        for (String line : lines) {
            boolean opens = line.contains("<#--");
            boolean closes = line.contains("-->");
            if (comment || opens || line.length() < SHORT || !PROSE.matcher(line).lookingAt()) {
                out.add(line);
            } else {
                out.addAll(sentences(line));
            }
            comment = opens ? !closes : comment && !closes;
        }
        return out;
    }

    private static List<String> sentences(String line) {
        String[] parts = SentenceLines.split(line + "\n").stripTrailing().split("\n");
        if (parts.length < 2 || !String.join(" ", parts).equals(line)) {
            return List.of(line); // SentenceLines escaped something: a line it would not break as it is
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (SAFE_START.matcher(parts[i]).lookingAt() && closed(current)) {
                out.add(current.toString());
                current = new StringBuilder(parts[i]);
            } else {
                current.append(' ').append(parts[i]);
            }
        }
        out.add(current.toString());
        return out;
    }

    /** Whether every interpolation, tag and inline directive opened in {@code text} is closed. */
    private static boolean closed(CharSequence text) {
        int interpolations = 0;
        int angles = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                interpolations++;
            } else if (c == '}' && interpolations > 0) {
                interpolations--;
            } else if (c == '<') {
                angles++;
            } else if (c == '>') {
                angles--;
            }
        }
        int directives = 0;
        Matcher m = DIRECTIVE.matcher(text);
        while (m.find()) {
            directives += m.group().startsWith("</") ? -1 : 1;
        }
        return interpolations == 0 && angles == 0 && directives == 0;
    }
}
