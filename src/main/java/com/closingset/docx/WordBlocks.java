package com.closingset.docx;

import com.closingset.markdown.ListShape;
import com.closingset.markdown.SourceText;
import com.closingset.pdf.ClauseMarker;
import com.closingset.pdf.ClauseOutline;
import com.closingset.pdf.HandlerTable;
import com.closingset.pdf.LayoutBlock;
import com.closingset.pdf.PageBreaks;
import com.closingset.pdf.SignatureBlock;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.ins.Ins;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * One handler per block node type, as the PDF's {@code BlockHandlers}: the same reading of the
 * Markdown (clause outline, signature blocks, where pages break), written as Word paragraphs whose
 * styles and keep-with-next properties let Word lay out the pages.
 */
final class WordBlocks {
    static final int TWIPS_PER_POINT = 20;
    /** As the PDF: a quote half an inch in, list markers in a quarter inch gutter. */
    private static final int QUOTE_INDENT = 24 * TWIPS_PER_POINT;
    private static final int BULLET_GUTTER = 18 * TWIPS_PER_POINT;
    private static final int WIDE_NUMBER_GUTTER = 27 * TWIPS_PER_POINT;
    private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};
    /** The clause styles, outermost first; deeper clauses take the last. */
    static final int CLAUSE_STYLES = 4;

    private WordBlocks() {
    }

    static HandlerTable<BlockWriter> table() {
        return HandlerTable.<BlockWriter>builder()
                .on(Paragraph.class, WordBlocks::paragraph)
                .on(Heading.class, WordBlocks::heading)
                .on(BlockQuote.class, (node, out) -> out.indented(QUOTE_INDENT).renderChildren(node))
                .on(ThematicBreak.class, WordBlocks::rule)
                .on(FencedCodeBlock.class, (node, out) -> literalLines(node.getContentChars().toString(), "Code", out))
                .on(IndentedCodeBlock.class, (node, out) -> literalLines(node.getContentChars().toString(), "Code", out))
                .on(HtmlBlockBase.class, (node, out) -> literalLines(node.getChars().toString(), null, out))
                // A link reference definition is not content: the links that use it carry its URL.
                .on(Reference.class, (node, out) -> { })
                .on(BulletList.class, WordBlocks::bulletList)
                .on(OrderedList.class, WordBlocks::orderedList)
                .on(ListItem.class, (node, out) -> {
                    out.renderChildren(node);
                    out.flushMarker();
                })
                .on(TableBlock.class, WordTables::table)
                .on(LayoutBlock.class, WordTables::layout)
                .orElse(WordBlocks::unknown);
    }

    private static void paragraph(Paragraph node, BlockWriter out) {
        Optional<ClauseMarker> clause = out.clauses().place(SourceText.of(node.getChars()), ClauseOutline.paragraphsAfter(node));
        ParagraphFormat format = new ParagraphFormat(clause.map(c -> "Clause" + Math.min(c.level(), CLAUSE_STYLES)).orElse(null));
        keep(node, format, out.body());
        // The clause's text starts past its whole indent, its marker hanging in the gutter of its own kind.
        BlockWriter hanging = clause.map(c -> out.hanging(new BlockWriter.Marker(c.text(), twips(c.kind().gutter())),
                twips(c.indent() - c.kind().gutter()))).orElse(out);
        boolean lastOnPage = PageBreaks.announcesSignaturePage(node);
        if (lastOnPage) {
            format.align("center");
        }
        wholeChange(node, out.body()).ifPresent(format::markChanged);
        hanging.paragraph(format, node, clause.map(ClauseMarker::length).orElse(0), RunStyle.plain());
        if (lastOnPage) {
            out.body().breakPage();
        }
    }

    /**
     * A signature block is kept on one page (each of its paragraphs with the next, none split), as is
     * a paragraph of hard-broken lines; a paragraph all in bold stands as a heading and keeps with
     * the text after it.
     */
    private static void keep(Paragraph node, ParagraphFormat format, WordBody body) {
        List<Node> block = SignatureBlock.openedBy(node);
        if (!block.isEmpty()) {
            body.keepTogether(block);
        }
        Optional<Boolean> last = body.inBlockKeptTogether(node);
        if (last.isPresent()) {
            format.keepLines();
            if (!last.get()) {
                format.keepNext();
            }
        } else if (node.getChildOfType(HardLineBreak.class) != null) {
            format.keepLines();
        } else if (node.getFirstChild() instanceof StrongEmphasis && node.getFirstChild() == node.getLastChild()) {
            format.keepNext().keepLines();
        }
    }

    /** A paragraph inserted or deleted whole is marked so in its paragraph mark too, so that accepting or rejecting removes it. */
    static Optional<String> wholeChange(Node block, WordBody body) {
        Node only = block.getFirstChild();
        if (only == null || only != block.getLastChild()) {
            return Optional.empty();
        }
        if (only instanceof Strikethrough) {
            return Optional.of(body.revisionMark("w:del"));
        }
        return only instanceof Ins ? Optional.of(body.revisionMark("w:ins")) : Optional.empty();
    }

    private static void heading(Heading node, BlockWriter out) {
        out.clauses().reset();
        int level = Math.min(node.getLevel(), 3);
        String style = level == 1 && out.body().takeTitle() ? "Title" : "Heading" + level;
        ParagraphFormat format = new ParagraphFormat(style);
        if (PageBreaks.beginsPage(node)) {
            out.body().breakPage();
        }
        wholeChange(node, out.body()).ifPresent(format::markChanged);
        String name = Bookmarks.nameOf(out.anchors().anchorFor(node.getText().unescape()));
        int id = out.body().nextBookmark();
        StringBuilder runs = new StringBuilder("<w:bookmarkStart w:id=\"" + id + "\" w:name=\"" + WordXml.escaped(name) + "\"/>");
        runs.append(out.runs(node, RunStyle.plain())).append("<w:bookmarkEnd w:id=\"").append(id).append("\"/>");
        out.add(format, runs.toString());
    }

    private static void rule(ThematicBreak node, BlockWriter out) {
        // Between two parts the new page is the divider; a rule would only end the page before it.
        if (node.getNext() instanceof Heading next && PageBreaks.beginsPage(next)) {
            return;
        }
        out.add(new ParagraphFormat("Rule"), "");
    }

    /** Text written as typed: one line per source line, spaces kept. */
    private static void literalLines(String text, String style, BlockWriter out) {
        StringBuilder runs = new StringBuilder();
        // The paragraph's style sets code in monospace; no inline handler is needed for text as typed.
        RunWriter writer = new RunWriter(runs, RunStyle.plain(), out.body(), null);
        String[] lines = text.stripTrailing().replace("\t", "    ").split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                writer.lineBreak();
            }
            writer.text(lines[i]);
        }
        out.add(new ParagraphFormat(style).align("left"), runs.toString());
    }

    private static void bulletList(BulletList list, BlockWriter out) {
        String bullet = BULLETS[ListShape.depth(list) % BULLETS.length];
        items(list, out, BULLET_GUTTER, n -> bullet);
    }

    private static void orderedList(OrderedList list, BlockWriter out) {
        int start = list.getStartNumber();
        int gutter = String.valueOf(start + ListShape.items(list)).length() > 2 ? WIDE_NUMBER_GUTTER : BULLET_GUTTER;
        items(list, out, gutter, n -> (start + n) + String.valueOf(list.getDelimiter()));
    }

    private static void items(ListBlock list, BlockWriter out, int gutter, IntFunction<String> marker) {
        int spacing = list.isTight() ? 3 * TWIPS_PER_POINT : -1;
        int n = 0;
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            out.listItem(new BlockWriter.Marker(marker.apply(n++), gutter), spacing).render(child);
        }
    }

    /** A block nobody registered: its children if it has any, else its source text, never nothing. */
    private static void unknown(Node node, BlockWriter out) {
        if (node.hasChildren()) {
            out.renderChildren(node);
        } else if (!node.getChars().isBlank()) {
            literalLines(node.getChars().toString(), null, out);
        }
    }

    static int twips(float points) {
        return Math.round(points * TWIPS_PER_POINT);
    }
}
