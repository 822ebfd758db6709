package com.closingset.assemble;

import com.closingset.markdown.MarkdownDialect;
import freemarker.core.CommonMarkupOutputFormat;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FreeMarker's output format for Markdown: every value a template prints is escaped so that it reads
 * as the literal text it is. A party named {@code A*B_C [x] #1 | <y>} cannot open emphasis, a link,
 * a heading, a table cell or raw HTML, and a value with a line break cannot start a new block.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<TemplateMarkdownOutputModel> {
    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    /** Characters with a meaning anywhere in a line of CommonMark (with GFM tables and strikethrough). */
    private static final String INLINE_SPECIAL = MarkdownDialect.INLINE_SPECIAL;
    /** An ampersand that would be read as an HTML entity such as {@code &amp;} or {@code &#42;}. */
    private static final Pattern ENTITY = Pattern.compile("&(#?[A-Za-z0-9]+;)");
    /**
     * What a value may not start with lest it open a block: a list item ("- x", "+ x", "1. x", "2) x"),
     * a thematic break ("---") or a setext underline ("===").
     */
    private static final Pattern BLOCK_START = Pattern.compile("^(?:[-+=]|[0-9]{1,9}(?=[.)](?: |$)))");

    private static final Pattern BACKSLASH_ESCAPE = Pattern.compile("\\\\([\\p{Punct}])");

    private MarkdownOutputFormat() {
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String text) {
        String oneLine = CurlyQuotes.of(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' '));
        StringBuilder s = new StringBuilder(oneLine.length() + 8);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (INLINE_SPECIAL.indexOf(c) >= 0) {
                s.append('\\');
            }
            s.append(c);
        }
        String escaped = ENTITY.matcher(s).replaceAll("\\\\&$1");
        Matcher start = BLOCK_START.matcher(escaped);
        if (!start.find()) {
            return escaped;
        }
        // Escape the marker itself: the sign, or the dot or parenthesis after the digits.
        int at = start.end() == 1 && !Character.isDigit(escaped.charAt(0)) ? 0 : start.end();
        return escaped.substring(0, at) + "\\" + escaped.substring(at);
    }

    /** The text a reader sees in a piece of escaped Markdown: the escapes removed. */
    public String plainText(TemplateMarkdownOutputModel markdown) {
        return BACKSLASH_ESCAPE.matcher(markup(markdown)).replaceAll("$1");
    }

    /** A piece of Markdown as it is written, escapes and all. */
    String markup(TemplateMarkdownOutputModel markdown) {
        try {
            return getMarkupString(markdown);
        } catch (freemarker.template.TemplateModelException e) {
            // Only a foreign output model could fail here; ours always has its markup.
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected TemplateMarkdownOutputModel newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new TemplateMarkdownOutputModel(plainTextContent, markupContent);
    }
}
