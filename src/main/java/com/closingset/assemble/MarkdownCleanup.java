package com.closingset.assemble;

import com.closingset.markdown.LayoutDirective;
import com.closingset.markdown.MarkdownDialect;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a template's Markdown goes through before it is a document: the white space that directives
 * on lines of their own leave is tidied, HTML comments (drafting notes) are dropped but for layout
 * directives ({@link LayoutDirective}), which must stand on lines of their own, a hard line break
 * written as two trailing spaces is kept as a backslash break (trailing spaces are invisible in a
 * diff), and a construct a signed document has no use for (raw HTML, an image) is refused by name,
 * never drawn as its tags or dropped without a word.
 */
final class MarkdownCleanup {
    /** An HTML comment, {@code <!-->} and {@code <!--->} included (complete comments in CommonMark 0.31). */
    private static final Pattern COMMENT = Pattern.compile("(?<!\\\\)(?:<!---?>|<!--.*?-->)", Pattern.DOTALL);
    /**
     * A comment that starts a line, then text after it on the line where it ends: CommonMark reads the
     * whole as an HTML block, shown raw, so the text would not be what it seems once the note is gone.
     */
    private static final Pattern COMMENT_THEN_TEXT = Pattern.compile("(?m)^ {0,3}(?:<!---?>|<!--(?s:.*?)-->)[ \\t]*(\\S[^\\n]*)");
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^(?:[ \\t]*\\n)+");
    private static final Pattern FENCE = MarkdownDialect.FENCE;
    /** An HTML tag or declaration CommonMark would pass through raw; an autolink ({@code <https://...>}) is not one. */
    private static final Pattern RAW_HTML = Pattern.compile("(?<!\\\\)<(?:/?[A-Za-z][A-Za-z0-9-]*(?=[\\s/>]|$)|[!?])[^>]*>?");
    /** An image, inline ({@code ![seal](seal.png)}) or by reference ({@code ![seal]}): an unescaped "![" begins one. */
    private static final Pattern IMAGE = Pattern.compile("(?<!\\\\)!\\[[^\\]]*](?:\\([^)]*\\)|\\[[^\\]]*])?");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+).*?\\1");

    private MarkdownCleanup() {
    }

    /**
     * The document's Markdown, cleaned; {@code locate} says where a refused construct stands in the
     * template ({@code templates/k/x.md.ftl:12:40}).
     */
    static String clean(String markdown, UnaryOperator<String> locate) throws AssemblyException {
        String s = markdown.replace("\r\n", "\n");
        s = withoutComments(s, locate);
        s = withBackslashBreaks(s);
        s = withoutTrailingSpace(s);
        s = BLANK_RUNS.matcher(s).replaceAll("\n\n");
        s = LEADING_BLANK_LINES.matcher(s).replaceFirst("");
        s = s.stripTrailing() + "\n";
        Optional<String[]> refused = refused(s);
        if (refused.isPresent()) {
            throw new AssemblyException(locate.apply(refused.get()[0]) + ": " + refused.get()[1], null);
        }
        return s;
    }

    /**
     * {@code markdown} without its HTML comments, but for those shown as code (a fenced or indented
     * block). A comment gives way to its own line breaks only: what was a block of its own stays one, now empty.
     */
    private static String withoutComments(String markdown, UnaryOperator<String> locate) throws AssemblyException {
        if (!markdown.contains("<!--")) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        StringBuilder prose = new StringBuilder();
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            Matcher f = FENCE.matcher(line);
            boolean opens = fence == null && f.matches();
            boolean code = fence != null || opens || line.startsWith("    ") || line.startsWith("\t");
            if (code) {
                out.append(uncommented(prose, locate));
                prose.setLength(0);
                out.append(line).append('\n');
                if (opens) {
                    fence = f.group(1).substring(0, 3);
                } else if (fence != null && line.strip().startsWith(fence)) {
                    fence = null;
                }
            } else {
                prose.append(line).append('\n');
            }
        }
        out.append(uncommented(prose, locate));
        return out.substring(0, out.length() - 1);
    }

    private static String uncommented(CharSequence prose, UnaryOperator<String> locate) throws AssemblyException {
        Matcher after = COMMENT_THEN_TEXT.matcher(prose);
        if (after.find()) {
            throw new AssemblyException(locate.apply(after.group(1)) + ": \"" + after.group(1) + "\" follows a comment on the"
                    + " comment's own line, where CommonMark reads it as raw HTML; put the comment on a line of its own", null);
        }
        Matcher comment = COMMENT.matcher(prose);
        StringBuilder out = new StringBuilder(prose.length());
        while (comment.find()) {
            String kept = "";
            if (LayoutDirective.mentioned(comment.group())) {
                if (!LayoutDirective.isLine(lineAround(prose, comment.start(), comment.end()))) {
                    throw new AssemblyException(locate.apply(comment.group()) + ": the layout directive " + comment.group()
                            + " stands on a line of its own, with nothing before or after it on the line", null);
                }
                // A layout directive is the one comment a document keeps: the PDF draws the layout it names.
                kept = comment.group();
            }
            comment.appendReplacement(out, Matcher.quoteReplacement(kept.isEmpty() ? comment.group().replaceAll("[^\\n]", "") : kept));
        }
        comment.appendTail(out);
        return out.toString();
    }

    private static String lineAround(CharSequence text, int start, int end) {
        int from = start;
        while (from > 0 && text.charAt(from - 1) != '\n') {
            from--;
        }
        int to = end;
        while (to < text.length() && text.charAt(to) != '\n') {
            to++;
        }
        return text.subSequence(from, to).toString();
    }

    /**
     * {@code text} without the spaces and tabs that end a line (before any of the line ends Java's
     * {@code $} knows, or the end of the text). A loop, not {@code [ \t]+$}: the expression tries
     * every position of every document, and was a tenth of the assembly of a large deal.
     */
    static String withoutTrailingSpace(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                continue;
            }
            int end = i;
            while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                end++;
            }
            if (end == text.length() || "\n\r\u0085\u2028\u2029".indexOf(text.charAt(end)) >= 0) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, i);
                copied = end;
            }
            i = end - 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Each hard line break written as two trailing spaces, as a backslash break (trailing spaces are
     * invisible in a diff, and stripped). Where one is, the parser says: not in a code span, not at
     * the end of a paragraph, not before a setext underline.
     */
    private static String withBackslashBreaks(String markdown) {
        if (!markdown.contains("  \n")) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown);
        List<HardLineBreak> breaks = new ArrayList<>();
        collectBreaks(MarkdownDialect.parser().parse(markdown), breaks);
        // From the end, so that earlier offsets stay true as the text changes length.
        for (int i = breaks.size() - 1; i >= 0; i--) {
            HardLineBreak b = breaks.get(i);
            if (b.getChars().startsWith(" ")) {
                int end = b.getChars().trimEnd().getEndOffset();
                out.replace(b.getStartOffset(), end, "\\");
            }
        }
        return out.toString();
    }

    private static void collectBreaks(Node node, List<HardLineBreak> breaks) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HardLineBreak b) {
                breaks.add(b);
            } else {
                collectBreaks(child, breaks);
            }
        }
    }

    /** What in {@code markdown} a document cannot draw, and what to do instead; empty when nothing. */
    private static Optional<String[]> refused(String markdown) {
        boolean fenced = false;
        String fence = "";
        String[] lines = markdown.split("\n", -1);
        for (String line : lines) {
            // Most lines open no fence and hold neither '<' nor '!': nothing in them is asked about.
            if (line.indexOf('<') < 0 && line.indexOf('!') < 0 && !mayBeFence(line)) {
                continue;
            }
            Matcher f = FENCE.matcher(line);
            if (f.matches() && (!fenced || f.group(1).startsWith(fence))) {
                fenced = !fenced;
                fence = f.group(1).substring(0, 3);
                continue;
            }
            if (fenced || line.startsWith("    ") || LayoutDirective.isLine(line)) {
                continue;
            }
            String prose = CODE_SPAN.matcher(line).replaceAll("");
            Matcher html = RAW_HTML.matcher(prose);
            if (html.find()) {
                return Optional.of(new String[] {html.group(), "raw HTML " + html.group()
                        + " is not drawn in a closing document; write it in Markdown (**bold**, *italic*, a backslash line break)"});
            }
            Matcher image = IMAGE.matcher(prose);
            if (image.find()) {
                return Optional.of(new String[] {image.group(), "an image " + image.group()
                        + " is not drawn in a closing document; describe it in words or leave it out"});
            }
        }
        return Optional.empty();
    }

    /** Whether {@code line} could match {@link #FENCE}: a backtick or tilde after at most three spaces. */
    private static boolean mayBeFence(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() && (line.charAt(i) == '`' || line.charAt(i) == '~');
    }
}
