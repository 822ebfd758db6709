package com.closingset.docx;

import com.closingset.markdown.SourceText;
import com.closingset.pdf.ClauseOutline;
import com.closingset.pdf.HandlerTable;
import com.closingset.pdf.HeadingAnchors;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Where block handlers write: the document's body, the left indent of the enclosing lists and quotes
 * (in twentieths of a point), whether every paragraph is centered, and the marker of a list item or
 * clause whose first paragraph has not been written yet, which hangs in its gutter.
 */
final class BlockWriter {
    private final WordBody body;
    private final HeadingAnchors anchors;
    private final ClauseOutline clauses;
    private final HandlerTable<BlockWriter> blocks;
    private final HandlerTable<RunWriter> inlines;
    private final int indent;
    private final int spacingAfter;
    private final boolean centered;
    private Marker pendingMarker;

    /** A hanging marker: its text and the gutter it hangs in. */
    record Marker(String text, int gutter) {
    }

    private BlockWriter(WordBody body, HeadingAnchors anchors, ClauseOutline clauses, HandlerTable<BlockWriter> blocks,
                        HandlerTable<RunWriter> inlines, int indent, int spacingAfter, boolean centered, Marker marker) {
        this.body = body;
        this.anchors = anchors;
        this.clauses = clauses;
        this.blocks = blocks;
        this.inlines = inlines;
        this.indent = indent;
        this.spacingAfter = spacingAfter;
        this.centered = centered;
        this.pendingMarker = marker;
    }

    static BlockWriter root(WordBody body, HandlerTable<BlockWriter> blocks, HandlerTable<RunWriter> inlines) {
        return new BlockWriter(body, new HeadingAnchors(""), new ClauseOutline(), blocks, inlines, 0, -1, false, null);
    }

    WordBody body() {
        return body;
    }

    HeadingAnchors anchors() {
        return anchors;
    }

    ClauseOutline clauses() {
        return clauses;
    }

    int indent() {
        return indent;
    }

    boolean centered() {
        return centered;
    }

    void render(Node node) {
        blocks.render(node, this);
    }

    void renderChildren(Node parent) {
        blocks.renderChildren(parent, this);
    }

    BlockWriter indented(int by) {
        flushMarker();
        return new BlockWriter(body, anchors, clauses, blocks, inlines, indent + by, spacingAfter, centered, null);
    }

    BlockWriter centeredBlocks() {
        flushMarker();
        return new BlockWriter(body, anchors, clauses, blocks, inlines, indent, spacingAfter, true, null);
    }

    /** One list item: its text past the marker's gutter, the marker hanging in it; {@code spacingAfter} between items. */
    BlockWriter listItem(Marker marker, int itemSpacing) {
        flushMarker();
        return new BlockWriter(body, anchors, clauses, blocks, inlines, indent + marker.gutter(), itemSpacing, centered, marker);
    }

    /** A clause's paragraph: its text {@code before} further in, then past the marker's gutter, where the marker hangs. */
    BlockWriter hanging(Marker marker, int before) {
        flushMarker();
        return new BlockWriter(body, anchors, clauses, blocks, inlines, indent + before + marker.gutter(), spacingAfter, centered, marker);
    }

    /**
     * Writes one paragraph of {@code parent}'s inline content, but its first {@code skip} source
     * characters (a clause marker written apart); a pending marker hangs before it.
     */
    void paragraph(ParagraphFormat format, Node parent, int skip, RunStyle style) {
        StringBuilder runs = new StringBuilder();
        RunWriter out = new RunWriter(runs, style, body, inlines);
        if (pendingMarker != null) {
            format.indent(indent, pendingMarker.gutter());
            RunWriter marker = new RunWriter(runs, RunStyle.plain().changed(style.change()), body, inlines);
            marker.text(pendingMarker.text());
            marker.tab();
            pendingMarker = null;
        } else if (indent > 0) {
            format.indent(indent, 0);
        }
        if (skip == 0) {
            out.renderChildren(parent);
        } else {
            Node first = parent.getFirstChild();
            out.text(SourceText.unescaped(first.getChars().subSequence(skip)));
            for (Node next = first.getNext(); next != null; next = next.getNext()) {
                out.render(next);
            }
        }
        add(format, runs.toString());
    }

    /** Writes a paragraph of runs already made, the pending page break and this context's alignment applied. */
    void add(ParagraphFormat format, String runs) {
        if (body.takePageBreak()) {
            format.pageBreakBefore();
        }
        if (centered) {
            format.align("center");
        }
        if (spacingAfter >= 0) {
            format.spacingAfter(spacingAfter);
        }
        body.xml().append("<w:p>").append(format.xml()).append(runs).append("</w:p>");
    }

    /** Writes a block that is not a paragraph (a table), after an empty paragraph that starts its page if one is pending. */
    void addBlock(String xml) {
        flushMarker();
        if (body.takePageBreak()) {
            body.xml().append("<w:p><w:pPr><w:pageBreakBefore/></w:pPr></w:p>");
        }
        body.xml().append(xml);
    }

    /** The runs of {@code parent}'s inline content in {@code style}, for a paragraph written elsewhere (a table's cell). */
    String runs(Node parent, RunStyle style) {
        StringBuilder runs = new StringBuilder();
        new RunWriter(runs, style, body, inlines).renderChildren(parent);
        return runs.toString();
    }

    /** Writes a pending marker on a paragraph of its own, for items that start with a table, a rule or nothing. */
    void flushMarker() {
        if (pendingMarker != null) {
            Marker marker = pendingMarker;
            pendingMarker = null;
            StringBuilder runs = new StringBuilder();
            new RunWriter(runs, RunStyle.plain(), body, inlines).text(marker.text());
            add(new ParagraphFormat(null).indent(indent, marker.gutter()), runs.toString());
        }
    }
}
