package com.closingset.markdown;

/**
 * Where a document's Markdown would be drawn otherwise than CommonMark reads it: the line (from 1)
 * and its text, and the characters each reading shows from where they part.
 */
public record Misreading(int line, String sourceLine, String drawn, String meant) {

    static Misreading at(String markdown, int offset, String drawn, String meant) {
        int start = offset == 0 ? 0 : markdown.lastIndexOf('\n', offset - 1) + 1;
        int end = markdown.indexOf('\n', start);
        String line = markdown.substring(start, end < 0 ? markdown.length() : end);
        return new Misreading(SourceText.lineOf(markdown, start), line, drawn, meant);
    }

    /** What a template's author reads: what would be drawn, what CommonMark means, and how to say it plainly. */
    public String message() {
        return "this Markdown would be drawn as \"" + drawn + "\" where CommonMark reads \"" + meant
                + "\"; write it unambiguously (a backslash before a * _ [ or ] that is meant literally, "
                + "list items indented alike, a blank line after a link definition)";
    }
}
