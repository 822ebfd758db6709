package com.closingset.pdf;

import com.closingset.markdown.SourceText;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import com.vladsch.flexmark.util.ast.Node;

import java.util.List;

/**
 * Where block handlers write: the page flow, the left indent of the enclosing lists and quotes,
 * and the marker of a list item whose first line has not been drawn yet.
 */
final class BlockContext {
    private final BlockFlow flow;
    private final HouseStyle house;
    private final HeadingAnchors anchors;
    private final ClauseOutline clauses;
    private final HandlerTable<BlockContext> blocks;
    private final HandlerTable<InlineContext> inlines;
    private final float indent;
    private final float paragraphSpacing;
    private final boolean centered;
    private ListMarker pendingMarker;

    private BlockContext(BlockFlow flow, HouseStyle house, HeadingAnchors anchors, ClauseOutline clauses,
                         HandlerTable<BlockContext> blocks, HandlerTable<InlineContext> inlines, float indent,
                         float paragraphSpacing, boolean centered, ListMarker marker) {
        this.flow = flow;
        this.house = house;
        this.anchors = anchors;
        this.clauses = clauses;
        this.blocks = blocks;
        this.inlines = inlines;
        this.indent = indent;
        this.paragraphSpacing = paragraphSpacing;
        this.centered = centered;
        this.pendingMarker = marker;
    }

    /** @param centered every line centered, as on a title page, whatever alignment its block asks for */
    static BlockContext root(BlockFlow flow, HouseStyle house, HeadingAnchors anchors, HandlerTable<BlockContext> blocks,
                             HandlerTable<InlineContext> inlines, boolean centered) {
        return new BlockContext(flow, house, anchors, new ClauseOutline(), blocks, inlines, 0,
                HouseStyle.PARAGRAPH_SPACING, centered, null);
    }

    HouseStyle house() {
        return house;
    }

    HeadingAnchors anchors() {
        return anchors;
    }

    ClauseOutline clauses() {
        return clauses;
    }

    float indent() {
        return indent;
    }

    float paragraphSpacing() {
        return paragraphSpacing;
    }

    /** The width left for a block at this indent. */
    float width() {
        return flow.width() - indent;
    }

    void render(Node node) {
        blocks.render(node, this);
    }

    void renderChildren(Node parent) {
        blocks.renderChildren(parent, this);
    }

    /** Context for the content of a block quote or code block, {@code by} points further right. */
    BlockContext indented(float by) {
        flushMarker();
        return new BlockContext(flow, house, anchors, clauses, blocks, inlines, indent + by, paragraphSpacing, centered, null);
    }

    /** Context for the blocks of a centered block: each paragraph centered, whatever its handler asks. */
    BlockContext centered() {
        flushMarker();
        return new BlockContext(flow, house, anchors, clauses, blocks, inlines, indent, paragraphSpacing, true, null);
    }

    /** Context for one list item: its text aligns past the marker's gutter, the marker hangs in it. */
    BlockContext listItem(ListMarker marker, float itemSpacing) {
        flushMarker();
        return new BlockContext(flow, house, anchors, clauses, blocks, inlines, indent + marker.gutter(), itemSpacing, centered, marker);
    }

    /** Context for a clause paragraph: its text starts at the clause's indent, its marker hangs in the gutter before it. */
    BlockContext clause(ClauseMarker clause) {
        flushMarker();
        ListMarker marker = new ListMarker(clause.text(), clause.kind().gutter());
        return new BlockContext(flow, house, anchors, clauses, blocks, inlines, indent + clause.indent(), paragraphSpacing, centered, marker);
    }

    /**
     * A paragraph at this context's indent. If a list marker is pending it becomes the first line's
     * hanging start: a negative first-line indent pulls the line into the gutter and a tab brings
     * the text back to where the wrapped lines start.
     */
    Paragraph paragraph(Font font, float leading, int alignment) {
        Paragraph paragraph = new Paragraph(leading);
        paragraph.setFont(font);
        paragraph.setAlignment(centered ? Element.ALIGN_CENTER : alignment);
        paragraph.setIndentationLeft(indent);
        if (pendingMarker != null) {
            Font markerFont = house.body();
            paragraph.setFirstLineIndent(-pendingMarker.gutter());
            paragraph.add(new Chunk(pendingMarker.text(), markerFont));
            Chunk tab = new Chunk(new VerticalPositionMark(), pendingMarker.gutter());
            tab.setFont(markerFont);
            paragraph.add(tab);
            pendingMarker = null;
        }
        return paragraph;
    }

    /** Fills {@code target} with the inline content of {@code parent}, laid out across this context's lines. */
    <P extends Phrase> P inlines(Node parent, TextStyle style, P target) {
        return inlines(parent, style, target, lineWidth(target));
    }

    /** The same, for a phrase laid out in lines {@code lineWidth} points wide: a table's cell. */
    <P extends Phrase> P inlines(Node parent, TextStyle style, P target, float lineWidth) {
        inlines.renderChildren(parent, inlineContext(target, style, lineWidth));
        LineBreaks.settle(target);
        return target;
    }

    /**
     * Fills {@code target} with the inline content of {@code parent} but its first {@code skip}
     * source characters, which open its first child, a plain text run (a clause marker drawn apart).
     */
    <P extends Phrase> P inlines(Node parent, int skip, TextStyle style, P target) {
        if (skip == 0) {
            return inlines(parent, style, target);
        }
        InlineContext out = inlineContext(target, style, lineWidth(target));
        Node first = parent.getFirstChild();
        out.text(SourceText.unescaped(first.getChars().subSequence(skip)));
        for (Node next = first.getNext(); next != null; next = next.getNext()) {
            inlines.render(next, out);
        }
        LineBreaks.settle(target);
        return target;
    }

    private InlineContext inlineContext(Phrase target, TextStyle style, float lineWidth) {
        return new InlineContext(target, style, house, anchors, inlines, lineWidth);
    }

    /** A paragraph's lines are as wide as the page's less its own indents. */
    private float lineWidth(Phrase target) {
        return target instanceof Paragraph p ? flow.width() - p.getIndentationLeft() - p.getIndentationRight() : width();
    }

    void add(Paragraph paragraph) {
        flushMarker();
        flow.add(paragraph);
    }

    void add(PdfPTable table) {
        flushMarker();
        flow.add(table);
    }

    void addPart(PdfPTable table, boolean first) {
        if (first) {
            flushMarker();
        }
        flow.addPart(table, first);
    }

    /** An entry in the PDF's outline, at {@code level} under the document's own entry, going to {@code anchor}. */
    void bookmark(int level, String title, String anchor) {
        flow.bookmark(level, title, anchor);
    }

    void space(float points) {
        flow.space(points);
    }

    void keepRoom(float height) {
        flow.keepRoom(height);
    }

    void newPage() {
        flow.newPage();
    }

    /** The height a block can still take on this page. */
    float room() {
        return flow.room();
    }

    /**
     * Starts a new page unless {@code nodes}, as this context would draw them, and {@code below}
     * points more fit on this one. A run taller than a page is left to break where it falls; inside
     * a measurement nothing is kept.
     */
    void keepTogether(List<? extends Node> nodes, float below) {
        if (!flow.paged() || surelyFit(nodes, below)) {
            return;
        }
        float height = measure(nodes, HouseStyle.BODY_HEIGHT);
        if (height <= HouseStyle.BODY_HEIGHT) {
            flow.keepRoom(height + below);
        }
    }

    /**
     * Whether the room left is more than the blocks could take, so that measuring them can be
     * skipped (most are a few short lines, far from the foot of the page): as if every character of
     * their source were an em wide and every source line wrapped once more, plus the gaps.
     */
    private boolean surelyFit(List<? extends Node> nodes, float below) {
        float size = HouseStyle.BODY_SIZE;
        float height = below;
        for (Node node : nodes) {
            for (String line : SourceText.of(node.getChars()).split("\n")) {
                height += (1 + (int) Math.ceil(line.length() * size / width())) * HouseStyle.leading(size);
            }
            height += paragraphSpacing;
        }
        return height < flow.room();
    }

    /**
     * How tall {@code nodes} would be, drawn at this context's indent from the top of a page, or
     * infinity once past {@code limit}. They are drawn into a simulated column by a context of their
     * own, so this document's clause outline and heading names do not move.
     */
    float measure(List<? extends Node> nodes, float limit) {
        SimulatedFlow column = new SimulatedFlow(flow.width());
        BlockContext measuring = new BlockContext(column, house, new HeadingAnchors(""), clauses.copy(), blocks, inlines,
                indent, paragraphSpacing, centered, null);
        for (Node node : nodes) {
            measuring.render(node);
            if (column.height() > limit) {
                return Float.POSITIVE_INFINITY;
            }
        }
        return column.height();
    }

    /** False while blocks are only being measured: page-breaking decisions are then not theirs to make. */
    boolean paged() {
        return flow.paged();
    }

    /** Draws a pending marker on a line of its own, for items that start with a table, a rule or nothing. */
    void flushMarker() {
        if (pendingMarker != null) {
            float size = HouseStyle.BODY_SIZE;
            flow.add(paragraph(house.body(), HouseStyle.leading(size), Element.ALIGN_LEFT));
        }
    }
}
