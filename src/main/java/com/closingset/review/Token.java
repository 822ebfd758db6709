package com.closingset.review;

/**
 * One piece of a line of Markdown as the redline compares it. Words and punctuation are what a
 * reader sees and what a change marks; markup is structure that a mark must never cut through.
 *
 * @param text the source characters, exactly as in the Markdown
 */
record Token(Kind kind, String text) {

    enum Kind {
        /** Letters and digits, with the joiners inside a word or figure: {@code Company’s}, {@code 45,600,000}; an amount with its sign: {@code $1.14}, {@code 4.8%}. */
        WORD,
        /** One other visible character, or a backslash escape such as {@code \[}. */
        PUNCT,
        /** Shown as one word but never cut: a code span or an autolink. */
        LITERAL,
        /** Structure: a line's block prefix ({@code # }, {@code > }, {@code - }), emphasis delimiters, a link's brackets. */
        MARKUP,
        /** A hard line break: the trailing backslash and the end of its line. */
        BREAK,
        /** Spaces, tabs, or the end of a softly wrapped line. */
        SPACE
    }

    /** Whether the token is compared at all; space only separates. */
    boolean significant() {
        return kind != Kind.SPACE;
    }

    /** Whether the token is structure a mark goes around rather than through. */
    boolean structural() {
        return kind == Kind.MARKUP || kind == Kind.BREAK;
    }

    /** Whether the token counts as a word in the summary's tallies. */
    boolean word() {
        return kind == Kind.WORD || kind == Kind.LITERAL;
    }
}
