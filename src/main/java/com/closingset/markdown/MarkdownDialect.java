package com.closingset.markdown;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.ins.InsExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one Markdown the set's documents are written in: CommonMark with GFM tables (and, in a redline
 * only, {@code ~~deleted~~} and {@code ++inserted++}). The parser, the characters escaping must
 * cover, and the block syntax that line-based code (sentence splitting, the template clean-up, the
 * redline) recognizes are stated here once, so that they cannot disagree.
 */
public final class MarkdownDialect {
    /** Characters with a meaning anywhere in a line (with GFM tables and strikethrough): a value escapes each. */
    public static final String INLINE_SPECIAL = "\\`*_[]<>|#~";
    /** A code fence's opening line: its marker is group 1. */
    public static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    public static final Pattern ATX_HEADING = Pattern.compile(" {0,3}#{1,6}(?:[ \\t]|$)");
    /** Three or more of one of {@code - * _}, spaces between allowed. */
    public static final Pattern THEMATIC_BREAK = Pattern.compile(" {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*");
    public static final Pattern SETEXT_UNDERLINE = Pattern.compile(" {0,3}(?:=+|-+)[ \\t]*");
    /** The HTML blocks that could start a line (CommonMark's kinds 1 to 7); an autolink does not. */
    public static final Pattern HTML_BLOCK = Pattern.compile(" {0,3}<(?:[!?]|/?[A-Za-z][A-Za-z0-9-]*(?:[ \\t/>]|$))");
    /** A line's block markers, nested: heading hashes, quote markers, list bullets and numbers. */
    public static final Pattern BLOCK_PREFIX = Pattern.compile("^(?: {0,3}(?:#{1,6}(?= |$) *|> ?|[-*+] +|\\d{1,9}[.)] +))+");
    /** An autolink, {@code <https://...>} or {@code <name@example.com>}. */
    public static final Pattern AUTOLINK = Pattern.compile("<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*>|<[^\\s@<>]+@[^\\s@<>]+>");
    /** An inline HTML tag, opening or closing. */
    public static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    /** The end of an inline link after its text: {@code ](target "title")}. */
    public static final Pattern LINK_END = Pattern.compile("\\]\\([^()\\s]*(?:\\s+\"[^\"]*\")?\\)");
    /** A run of emphasis delimiters. */
    public static final Pattern EMPHASIS_DELIMITERS = Pattern.compile("\\*+|_+");
    private static final Pattern DELIMITER_CELLS = Pattern.compile(" {0,3}\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*");

    private MarkdownDialect() {
    }

    /**
     * A GFM table's delimiter row ({@code |---|:-:|}, {@code --- | ---}): cells of dashes with optional
     * colons, at least one pipe, any number of dashes.
     */
    public static boolean isDelimiterRow(String line) {
        return line.indexOf('|') >= 0 && DELIMITER_CELLS.matcher(line).matches();
    }

    // A parser holds no state between documents: one serves every thread.
    private static final Parser DOCUMENTS = parser(List.of(TablesExtension.create()));

    /**
     * Where Flexmark would draw {@code markdown} otherwise than CommonMark 0.31.2 reads it (the
     * template language is CommonMark; Flexmark 0.64 follows 0.29); empty when both read the same words.
     */
    public static Optional<Misreading> misreading(String markdown) {
        return misreading(markdown, DOCUMENTS.parse(markdown));
    }

    /** As {@link #misreading(String)}, for a document already parsed by {@link #parser()}. */
    public static Optional<Misreading> misreading(String markdown, Document parsed) {
        return CommonMarkReading.misreading(markdown, parsed);
    }

    /** The first misuse of a layout directive in {@code markdown} ({@link LayoutDirective}); empty when none. */
    public static Optional<LayoutDirective.LayoutProblem> layoutProblem(String markdown) {
        return layoutProblem(markdown, DOCUMENTS.parse(markdown));
    }

    /** As {@link #layoutProblem(String)}, for a document already parsed by {@link #parser()}. */
    public static Optional<LayoutDirective.LayoutProblem> layoutProblem(String markdown, Document parsed) {
        return LayoutDirective.problem(markdown, parsed);
    }

    /**
     * The first link of a document parsed by {@link #parser()} to a target a document may not have
     * ({@link LinkTargets}); empty when none.
     */
    public static Optional<LinkTargets.LinkProblem> linkProblem(String markdown, Document parsed) {
        return LinkTargets.problem(markdown, parsed);
    }

    /** The parser of documents. */
    /**
     * The text a reader of {@code markdown} sees, white space run together into one space: what every
     * renderer must show of it, whatever it lays out.
     */
    public static String visibleText(String markdown) {
        return FlexmarkText.of(parser().parse(markdown)).text();
    }

    public static Parser parser() {
        return DOCUMENTS;
    }

    /** The parser of redlines: the documents' Markdown, and the marks of what was deleted and inserted. */
    public static Parser redlineParser() {
        return parser(List.of(TablesExtension.create(), StrikethroughExtension.create(), InsExtension.create()));
    }

    private static Parser parser(List<Extension> extensions) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        return Parser.builder(options).build();
    }
}
