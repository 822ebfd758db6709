package com.closingset.pdf;

import com.closingset.markdown.SourceText;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A signature block: the run of short paragraphs around a {@code By:} line — the party's name,
 * {@code By: /s/ ...} or {@code By: ___}, {@code Name:}, {@code Title:}, an "Accepted" line —
 * which must land on one page, never with its name on one page and its signature on the next.
 */
public final class SignatureBlock {
    /** A line longer than this wraps, or nearly: it is running text, not a line of a block. */
    private static final int SHORT_LINE = 80;
    private static final Pattern SIGNATURE_LINE = Pattern.compile("(?m)^(?:\\*\\*|__)?By:");

    private SignatureBlock() {
    }

    /** The paragraphs of the signature block that {@code paragraph} opens, or none if it opens none. */
    public static List<Node> openedBy(Paragraph paragraph) {
        if (isShort(paragraph.getPrevious())) {
            return List.of();
        }
        List<Node> run = new ArrayList<>();
        boolean signed = false;
        for (Node node = paragraph; isShort(node); node = node.getNext()) {
            run.add(node);
            signed |= SIGNATURE_LINE.matcher(drawnLines(node)).find();
        }
        return signed ? run : List.of();
    }

    /**
     * Whether a signature block stands between {@code heading} and the heading before it (or the
     * start): the heading then opens the part after a signature page.
     */
    static boolean endsAt(Heading heading) {
        for (Node node = heading.getPrevious(); node != null && !(node instanceof Heading); node = node.getPrevious()) {
            if (node instanceof Paragraph paragraph && !openedBy(paragraph).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShort(Node node) {
        if (!(node instanceof Paragraph)) {
            return false;
        }
        // No drawn line is longer than the whole source, and a long stretch of source with no line
        // ending in it is drawn whole on one line: most paragraphs are settled without rebuilding them.
        if (node.getTextLength() <= SHORT_LINE) {
            return true;
        }
        String source = SourceText.of(node.getChars());
        if (hasLongStretch(source)) {
            return false;
        }
        return drawnLines(node).lines().allMatch(l -> l.length() <= SHORT_LINE);
    }

    /**
     * More than a short line of characters with no line ending among them, up to one that is not
     * white space: none of them can be part of a soft line break (white space then a line ending).
     */
    private static boolean hasLongStretch(String source) {
        int stretch = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            stretch = c == '\n' || c == '\r' ? 0 : stretch + 1;
            if (stretch > SHORT_LINE && c != ' ' && c != '\t') {
                return true;
            }
        }
        return false;
    }

    /**
     * The paragraph's source with its soft line breaks read as the spaces they are drawn as: its
     * lines are then those the PDF starts (at hard breaks), however its sentences are laid out in
     * the Markdown (one per line).
     */
    private static String drawnLines(Node paragraph) {
        BasedSequence source = paragraph.getChars();
        StringBuilder drawn = new StringBuilder(SourceText.of(source));
        for (Node node : paragraph.getDescendants()) {
            if (node instanceof SoftLineBreak soft) {
                int at = soft.getStartOffset() - source.getStartOffset();
                drawn.replace(at, at + soft.getTextLength(), " ");
            }
        }
        return drawn.toString();
    }
}
