package com.closingset.markdown;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout that Markdown cannot say (a centered block, captioned values side by side, a letterhead),
 * written as an HTML comment on a line of its own, {@code <!-- closingset: center -->}, closed by
 * {@code <!-- closingset: end -->} (a letterhead also by the rule under it, {@code ---}). A comment
 * is what GitHub's view and a rendered diff hide and what every CommonMark reader keeps as a block
 * of its own, so the Markdown reads and diffs as the blocks it encloses; the PDF draws those blocks
 * in the layout named. Inside either, a bullet list is a row: its items side by side, each centered
 * in an equal column (values over their captions, a letterhead's offices), which a list says with
 * no word added to the text. Blocks of layout do not nest and stand at the left margin.
 */
public enum LayoutDirective {
    /** Every block inside centered; a bullet list a row. */
    CENTER,
    /** The first paragraph the firm's name, large and centered; what follows centered in small type, a bullet list a row; then a rule. */
    LETTERHEAD,
    /** Closes the block of layout opened last. */
    END;

    /** A comment that is a directive, known or not: any comment whose text begins {@code closingset:}. */
    private static final Pattern COMMENT = Pattern.compile("<!--[ \\t]*closingset:[ \\t]*(.*?)[ \\t]*-->");
    /** A directive as it must be written: alone on its line. */
    private static final Pattern LINE = Pattern.compile(" {0,3}" + COMMENT.pattern() + "[ \\t]*");

    /** The directive's name, as written after {@code closingset:}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code text} holds a comment that is a directive (well written or not). */
    public static boolean mentioned(CharSequence text) {
        return COMMENT.matcher(text).find();
    }

    /** Whether {@code line} is a directive alone on its line, the one place it may stand. */
    public static boolean isLine(CharSequence line) {
        return LINE.matcher(line).matches();
    }

    /** The directive an HTML block is, if it is one; an unknown name is not one ({@link #problem} says so). */
    public static Optional<LayoutDirective> of(Node node) {
        if (!(node instanceof HtmlBlockBase)) {
            return Optional.empty();
        }
        return named(node.getChars().toString().strip());
    }

    /** The directive an HTML block's source is, as CommonMark's reference parser gives it. */
    static boolean isDirectiveBlock(String literal) {
        return isLine(literal.strip());
    }

    private static Optional<LayoutDirective> named(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(d -> d.word().equals(m.group(1))).findFirst();
    }

    /**
     * The first misuse of directives in a document, parsed as {@code document} from {@code markdown}:
     * an unknown one, one inside a list or quote, one opened inside another, an end with nothing to
     * close, one left open, a letterhead holding other than paragraphs and a list; empty when none.
     */
    public static Optional<LayoutProblem> problem(String markdown, Document document) {
        Optional<LayoutProblem> nested = nestedDirective(markdown, document);
        if (nested.isPresent()) {
            return nested;
        }
        Node open = null;
        LayoutDirective openKind = null;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (openKind == LETTERHEAD && block instanceof ThematicBreak) {
                open = null;
                openKind = null;
                continue;
            }
            if (!(block instanceof HtmlBlockBase) || !mentioned(block.getChars())) {
                if (openKind == LETTERHEAD && !(block instanceof Paragraph || block instanceof BulletList)) {
                    return at(markdown, block, "a letterhead holds paragraphs and a bullet list of offices only, not this block;"
                            + " end the letterhead before it with its rule (---) or <!-- closingset: end -->");
                }
                continue;
            }
            Optional<LayoutDirective> kind = named(block.getChars().toString().strip());
            if (kind.isEmpty()) {
                return at(markdown, block, "unknown layout directive \"" + block.getChars().toString().strip()
                        + "\"; expected <!-- closingset: NAME --> alone on its line, NAME one of " + known());
            }
            if (kind.get() == END) {
                if (open == null) {
                    return at(markdown, block, "<!-- closingset: end --> closes nothing: no center or letterhead is open");
                }
                open = null;
                openKind = null;
            } else if (open != null) {
                return at(markdown, block, "<!-- closingset: " + kind.get().word() + " --> opens inside the "
                        + openKind.word() + " opened at line " + lineOf(markdown, open) + "; close that first with <!-- closingset: end -->");
            } else {
                open = block;
                openKind = kind.get();
            }
        }
        if (open != null) {
            return at(markdown, open, "<!-- closingset: " + openKind.word() + " --> is never closed; end it with <!-- closingset: end -->"
                    + (openKind == LETTERHEAD ? " or the rule under it (---)" : ""));
        }
        return Optional.empty();
    }

    private static Optional<LayoutProblem> nestedDirective(String markdown, Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            boolean inContainer = !(parent instanceof Document);
            if (inContainer && child instanceof HtmlBlockBase && mentioned(child.getChars())) {
                return at(markdown, child, "a layout directive stands at the left margin, outside lists and quotes");
            }
            Optional<LayoutProblem> deeper = nestedDirective(markdown, child);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    private static String known() {
        return String.join(", ", Arrays.stream(values()).map(LayoutDirective::word).toList());
    }

    private static int lineOf(String markdown, Node node) {
        return SourceText.lineOf(markdown, node.getStartOffset());
    }

    private static Optional<LayoutProblem> at(String markdown, Node node, String what) {
        int start = node.getStartOffset();
        int end = markdown.indexOf('\n', start);
        String line = markdown.substring(start, end < 0 ? markdown.length() : end);
        return Optional.of(new LayoutProblem(lineOf(markdown, node), line, what));
    }

    /** A misused directive: the document's line (from 1), its text, and what is wrong. */
    public record LayoutProblem(int line, String sourceLine, String message) {
    }
}
