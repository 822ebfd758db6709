package com.closingset.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Where block handlers write: the page flow, the left indent of the enclosing lists and quotes,
 * and the marker of a list item whose first line has not been drawn yet.
 */
final class BlockContext {
    private final PageFlow flow;
    private final HouseStyle house;
    private final HeadingAnchors anchors;
    private final HandlerTable<BlockContext> blocks;
    private final HandlerTable<InlineContext> inlines;
    private final float indent;
    private final float paragraphSpacing;
    private ListMarker pendingMarker;

    private BlockContext(PageFlow flow, HouseStyle house, HeadingAnchors anchors, HandlerTable<BlockContext> blocks,
                         HandlerTable<InlineContext> inlines, float indent, float paragraphSpacing, ListMarker marker) {
        this.flow = flow;
        this.house = house;
        this.anchors = anchors;
        this.blocks = blocks;
        this.inlines = inlines;
        this.indent = indent;
        this.paragraphSpacing = paragraphSpacing;
        this.pendingMarker = marker;
    }

    static BlockContext root(PageFlow flow, HouseStyle house, HeadingAnchors anchors, HandlerTable<BlockContext> blocks,
                             HandlerTable<InlineContext> inlines) {
        return new BlockContext(flow, house, anchors, blocks, inlines, 0, HouseStyle.PARAGRAPH_SPACING, null);
    }

    HouseStyle house() {
        return house;
    }

    HeadingAnchors anchors() {
        return anchors;
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
        return new BlockContext(flow, house, anchors, blocks, inlines, indent + by, paragraphSpacing, null);
    }

    /** Context for one list item: its text aligns past the marker's gutter, the marker hangs in it. */
    BlockContext listItem(ListMarker marker, float itemSpacing) {
        flushMarker();
        return new BlockContext(flow, house, anchors, blocks, inlines, indent + marker.gutter(), itemSpacing, marker);
    }

    /**
     * A paragraph at this context's indent. If a list marker is pending it becomes the first line's
     * hanging start: a negative first-line indent pulls the line into the gutter and a tab brings
     * the text back to where the wrapped lines start.
     */
    Paragraph paragraph(Font font, float leading, int alignment) {
        Paragraph paragraph = new Paragraph(leading);
        paragraph.setFont(font);
        paragraph.setAlignment(alignment);
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

    /** Fills {@code target} with the inline content of {@code parent}. */
    <P extends Phrase> P inlines(Node parent, TextStyle style, P target) {
        inlines.renderChildren(parent, new InlineContext(target, style, house, anchors, inlines));
        return target;
    }

    void add(Paragraph paragraph) {
        flushMarker();
        flow.add(paragraph);
    }

    void add(PdfPTable table) {
        flushMarker();
        flow.add(table);
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

    /** Draws a pending marker on a line of its own, for items that start with a table, a rule or nothing. */
    void flushMarker() {
        if (pendingMarker != null) {
            float size = HouseStyle.BODY_SIZE;
            flow.add(paragraph(house.body(), HouseStyle.leading(size), Element.ALIGN_LEFT));
        }
    }
}
