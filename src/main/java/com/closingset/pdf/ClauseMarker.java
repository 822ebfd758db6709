package com.closingset.pdf;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marker that opens a clause paragraph — {@code (a)}, {@code (iv)}, {@code (A)}, {@code (II)},
 * {@code (1)}, {@code a.} — once its kind is known, with the depth it sits at in the clause outline.
 *
 * @param text   the marker as drawn, e.g. {@code (iv)}
 * @param kind   how the clauses of its run are numbered
 * @param level  1 for an outermost clause, 2 for a clause inside it, ...
 * @param indent where the clause's text starts, from the left edge of the enclosing block
 * @param length how many source characters the marker and the spaces after it take
 */
public record ClauseMarker(String text, Kind kind, int level, float indent, int length) {

    /** Clause numbering styles; roman numerals are wide ({@code (xxxviii)}), so their gutter is too. */
    public enum Kind {
        LOWER_LETTER(HouseStyle.CLAUSE_GUTTER),
        LOWER_ROMAN(HouseStyle.ROMAN_CLAUSE_GUTTER),
        UPPER_LETTER(HouseStyle.CLAUSE_GUTTER),
        UPPER_ROMAN(HouseStyle.ROMAN_CLAUSE_GUTTER),
        NUMBER(HouseStyle.CLAUSE_GUTTER);

        private final float gutter;

        Kind(float gutter) {
            this.gutter = gutter;
        }

        public float gutter() {
            return gutter;
        }
    }

    /** A paragraph's opening marker before context has said whether {@code (i)} is a letter or a numeral. */
    record Candidate(String text, String label, int length) {
        /** The position in the alphabet of a one-letter label (a = 1), or 0. */
        int letter() {
            return label.length() == 1 && Character.isLetter(label.charAt(0))
                    ? Character.toLowerCase(label.charAt(0)) - 'a' + 1 : 0;
        }

        /** The value of a roman-numeral label (xiv = 14), or 0. */
        int roman() {
            return romanValue(label.toLowerCase(Locale.ROOT));
        }

        int number() {
            return label.chars().allMatch(Character::isDigit) ? Integer.parseInt(label) : 0;
        }

        boolean upperCase() {
            return Character.isUpperCase(label.charAt(0));
        }
    }

    /**
     * {@code (label)} or a lower-case {@code a.}, then white space and text; {@link #read} then drops
     * labels that are neither one letter, a roman numeral nor a number, such as {@code (sic)}.
     */
    private static final Pattern OPENING = Pattern.compile(
            "(?:\\((?<paren>[a-z]{1,8}|[A-Z]{1,8}|[0-9]{1,2})\\)|(?<dot>[a-z])\\.)[ \\t]+\\S");
    private static final Pattern ROMAN = Pattern.compile("^(?=[ivxl])(xl|l?x{0,3})(ix|iv|v?i{0,3})$");

    /** The marker a paragraph's source text opens with, if any. */
    static Optional<Candidate> read(CharSequence paragraph) {
        Matcher m = OPENING.matcher(paragraph);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String label = m.group("paren") != null ? m.group("paren") : m.group("dot");
        String text = m.group("paren") != null ? "(" + label + ")" : label + ".";
        Candidate candidate = new Candidate(text, label, m.end() - 1);
        boolean known = candidate.letter() > 0 || candidate.roman() > 0 || candidate.number() > 0;
        return known ? Optional.of(candidate) : Optional.empty();
    }

    private static int romanValue(String numeral) {
        if (!ROMAN.matcher(numeral).matches()) {
            return 0;
        }
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int value = digit(numeral.charAt(i));
            boolean subtractive = i + 1 < numeral.length() && value < digit(numeral.charAt(i + 1));
            total += subtractive ? -value : value;
        }
        return total;
    }

    private static int digit(char c) {
        return switch (c) {
            case 'i' -> 1;
            case 'v' -> 5;
            case 'x' -> 10;
            default -> 50;
        };
    }
}
