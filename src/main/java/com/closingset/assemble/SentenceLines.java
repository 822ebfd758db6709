package com.closingset.assemble;

import com.closingset.markdown.MarkdownDialect;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown rewritten with each sentence of running text on a line of its own (semantic line
 * breaks), so that a changed figure shows in a diff as the sentence that holds it, not as a whole
 * paragraph. A line break inside a paragraph is a soft break, which CommonMark reads as a space:
 * the document means and renders the same. Only paragraph text is split; code, tables, headings,
 * HTML and blank lines are left as they are, and a new line never starts what would read as a new
 * block.
 */
public final class SentenceLines {
    /** Block quote markers and list item markers that open a line, each with the spaces after it. */
    private static final Pattern QUOTE_MARKER = Pattern.compile(" {0,3}> ?");
    private static final Pattern LIST_MARKER = Pattern.compile(" {0,3}(?:[-+*]|\\d{1,9}[.)])( {1,4})(?=\\S)");
    /** A list item whose text is indented code: five spaces or more after its marker. */
    private static final Pattern ITEM_WITH_CODE = Pattern.compile(" {0,3}(?:[-+*]|\\d{1,9}[.)]) {5,}");
    private static final Pattern FENCE = MarkdownDialect.FENCE;
    private static final Pattern ATX_HEADING = MarkdownDialect.ATX_HEADING;
    private static final Pattern THEMATIC_BREAK = MarkdownDialect.THEMATIC_BREAK;
    private static final Pattern SETEXT_UNDERLINE = MarkdownDialect.SETEXT_UNDERLINE;
    private static final Pattern HTML_BLOCK = MarkdownDialect.HTML_BLOCK;
    /** What would open a block at the start of a line in a paragraph: escaped with a backslash before it. */
    private static final Pattern BLOCK_START = Pattern.compile(
            "#{1,6}(?:[ \\t]|$)|>|[-+*](?:[ \\t]|$)|(?:[-*_][ \\t]*){3,}$|=+[ \\t]*$|-+[ \\t]*$|\\|");
    /** An ordered list item's number: its delimiter is escaped ({@code 1\.}). */
    private static final Pattern ORDERED_START = Pattern.compile("(\\d{1,9})([.)])(?=[ \\t]|$)");
    /** What a line cannot start with in a paragraph and has no escape that keeps its meaning: a fence or HTML. */
    private static final Pattern UNESCAPABLE_START = Pattern.compile("```|~~~|<");

    // Building ICU's iterators and filter costs far more than splitting a document: one per thread, reused.
    private static final ThreadLocal<SentenceBreaks> BREAKS = ThreadLocal.withInitial(SentenceBreaks::new);

    private SentenceLines() {
    }

    /** {@code markdown} with one sentence per line; lines are separated by {@code \n}. */
    public static String split(String markdown) {
        return split(markdown, new HashMap<>());
    }

    /**
     * As {@link #split(String)}, taking each paragraph line's sentences from {@code known} when the
     * same line was split before, and adding those it splits. Investors' documents share most of
     * their paragraphs, and finding sentence breaks is the costly part of assembling them.
     */
    static String split(String markdown, Map<String, String> known) {
        String[] lines = markdown.split("\n", -1);
        boolean[] untouched = tablesAndSetextHeadings(lines);
        SentenceBreaks breaks = BREAKS.get();
        StringBuilder out = new StringBuilder(markdown.length() + markdown.length() / 16);
        String fence = null;
        boolean html = false;
        boolean paragraph = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0) {
                out.append('\n');
            }
            Container container = Container.of(line);
            String content = line.substring(container.length());
            if (fence != null) {
                fence = closes(fence, content) ? null : fence;
                out.append(line);
                continue;
            }
            if (line.isBlank()) {
                html = false;
                paragraph = false;
                out.append(line);
                continue;
            }
            Matcher opensFence = FENCE.matcher(content);
            if (opensFence.lookingAt()) {
                fence = opensFence.group(1);
            }
            html |= HTML_BLOCK.matcher(content).lookingAt();
            boolean code = !paragraph && content.startsWith("    ") || ITEM_WITH_CODE.matcher(content).lookingAt();
            if (fence != null || html || code || untouched[i] || line.indexOf('\t') >= 0 || !isText(content)) {
                paragraph = false;
                out.append(line);
                continue;
            }
            paragraph = true;
            String sentences = known.get(line);
            if (sentences == null) {
                StringBuilder split = new StringBuilder(line.length() + 16);
                split(line, container, breaks, split);
                sentences = split.toString();
                known.put(line, sentences);
            }
            out.append(sentences);
        }
        return out.toString();
    }

    /** Writes the paragraph line {@code line} as one line per sentence, each after the first with the container's continuation. */
    private static void split(String line, Container container, SentenceBreaks breaks, StringBuilder out) {
        int textStart = container.length() + leadingSpaces(line, container.length());
        String text = line.substring(textStart);
        out.append(line, 0, textStart);
        int from = 0;
        for (int at : breaks.in(text)) {
            // A line ending in a backslash would end in a hard break.
            if (UNESCAPABLE_START.matcher(text).region(at, text.length()).lookingAt() || text.charAt(at - 2) == '\\') {
                continue;
            }
            out.append(text, from, at - 1).append('\n').append(container.continuation());
            from = at;
            Matcher ordered = ORDERED_START.matcher(text).region(at, text.length());
            if (ordered.lookingAt()) {
                out.append(ordered.group(1)).append('\\');
                from = ordered.end(1);
            } else if (BLOCK_START.matcher(text).region(at, text.length()).lookingAt()) {
                out.append('\\');
            }
        }
        out.append(text, from, text.length());
    }

    private static boolean isText(String content) {
        return !content.isEmpty() && !content.startsWith("|") && !ATX_HEADING.matcher(content).lookingAt()
                && !THEMATIC_BREAK.matcher(content).matches() && !SETEXT_UNDERLINE.matcher(content).matches();
    }

    private static boolean closes(String fence, String content) {
        String stripped = content.strip();
        return stripped.startsWith(fence) && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static int leadingSpaces(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i - from;
    }

    /**
     * The lines of tables (the header row, the delimiter row and the rows under it) and of setext
     * headings (the text over an {@code ===} or {@code ---} underline), which are left whole: a table
     * row is one row, and a heading's text is its anchor.
     */
    private static boolean[] tablesAndSetextHeadings(String[] lines) {
        boolean[] untouched = new boolean[lines.length];
        for (int i = 1; i < lines.length; i++) {
            String content = lines[i].substring(Container.of(lines[i]).length());
            boolean delimiterRow = MarkdownDialect.isDelimiterRow(content);
            boolean underline = SETEXT_UNDERLINE.matcher(content).matches();
            if (delimiterRow) {
                for (int j = i - 1; j < lines.length && !lines[j].isBlank(); j++) {
                    untouched[j] = true;
                }
            } else if (underline) {
                for (int j = i - 1; j >= 0 && !lines[j].isBlank(); j--) {
                    untouched[j] = true;
                }
            }
        }
        return untouched;
    }

    /**
     * The block quote and list item markers that open a line, and what a line continuing the same
     * paragraph starts with: the quote markers as they are, a list marker as spaces as wide.
     */
    private record Container(int length, String continuation) {
        static Container of(String line) {
            StringBuilder continuation = new StringBuilder();
            int at = 0;
            while (true) {
                Matcher quote = QUOTE_MARKER.matcher(line).region(at, line.length());
                Matcher item = LIST_MARKER.matcher(line).region(at, line.length());
                if (quote.lookingAt()) {
                    continuation.append(quote.group());
                    at = quote.end();
                } else if (item.lookingAt() && !THEMATIC_BREAK.matcher(line.substring(at)).matches()) {
                    continuation.append(" ".repeat(item.end() - at));
                    at = item.end();
                } else {
                    break;
                }
            }
            int spaces = leadingSpaces(line, at);
            return new Container(at, continuation + " ".repeat(spaces));
        }
    }
}
