package com.closingset.pdf;

import com.closingset.markdown.SourceText;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.draw.LineSeparator;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Optional;

/** One handler per block node type; lists and tables have handlers of their own classes. */
final class BlockHandlers {
    private BlockHandlers() {
    }

    static HandlerTable<BlockContext> table() {
        return HandlerTable.<BlockContext>builder()
                .on(com.vladsch.flexmark.ast.Paragraph.class, BlockHandlers::paragraph)
                .on(Heading.class, BlockHandlers::heading)
                .on(BlockQuote.class, (node, ctx) -> ctx.indented(HouseStyle.QUOTE_INDENT).renderChildren(node))
                .on(ThematicBreak.class, BlockHandlers::rule)
                .on(FencedCodeBlock.class, (node, ctx) -> code(node.getContentChars(), ctx))
                .on(IndentedCodeBlock.class, (node, ctx) -> code(node.getContentChars(), ctx))
                .on(HtmlBlockBase.class, BlockHandlers::html)
                // A link reference definition is not content: the links that use it carry its URL.
                .on(Reference.class, (node, ctx) -> { })
                .on(BulletList.class, ListHandlers::bulletList)
                .on(OrderedList.class, ListHandlers::orderedList)
                .on(ListItem.class, ListHandlers::item)
                .on(TableBlock.class, TableHandler::table)
                .on(LayoutBlock.class, LayoutHandlers::layout)
                .orElse(BlockHandlers::unknown);
    }

    private static void paragraph(com.vladsch.flexmark.ast.Paragraph node, BlockContext ctx) {
        if (ctx.paged()) {
            PageBreaks.beforeParagraph(node, ctx);
        }
        float size = HouseStyle.BODY_SIZE;
        Optional<ClauseMarker> clause = ctx.clauses().place(SourceText.of(node.getChars()), ClauseOutline.paragraphsAfter(node));
        BlockContext hanging = clause.map(ctx::clause).orElse(ctx);
        boolean lastOnPage = PageBreaks.announcesSignaturePage(node);
        Paragraph paragraph = hanging.paragraph(ctx.house().body(), HouseStyle.leading(size),
                lastOnPage ? Element.ALIGN_CENTER : Element.ALIGN_JUSTIFIED);
        ctx.add(LineBreaks.raggedLastLines(ctx.inlines(node, clause.map(ClauseMarker::length).orElse(0), TextStyle.of(size), paragraph)));
        ctx.space(ctx.paragraphSpacing());
        if (lastOnPage) {
            ctx.newPage();
        }
    }

    private static void heading(Heading node, BlockContext ctx) {
        ctx.clauses().reset();
        float size = HouseStyle.headingSize(node.getLevel());
        TextStyle style = TextStyle.of(size).withBold();
        Font font = ctx.house().font(style);
        float leading = HouseStyle.leading(size);
        ctx.space(HouseStyle.HEADING_SPACE_BEFORE);
        if (ctx.paged()) {
            PageBreaks.beforeHeading(node, ctx);
        }
        Paragraph heading = ctx.paragraph(font, leading, node.getLevel() == 1 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
        String anchor = ctx.anchors().anchorFor(node.getText().unescape());
        ctx.inlines(node, style, heading);
        // OpenPDF drops an empty chunk, and its destination with it: the heading's first word carries it.
        heading.getChunks().stream().map(Chunk.class::cast).filter(c -> !c.isEmpty()).findFirst()
                .orElseGet(() -> {
                    Chunk space = new Chunk("\u00A0", font);
                    heading.add(space);
                    return space;
                })
                .setLocalDestination(anchor);
        ctx.bookmark(node.getLevel(), new TextCollectingVisitor().collectAndGetText(node).strip(), anchor);
        ctx.add(heading);
        ctx.space(HouseStyle.HEADING_SPACE_AFTER);
    }

    private static void rule(ThematicBreak node, BlockContext ctx) {
        // Between two parts the new page is the divider; a rule would only end the page before it.
        if (node.getNext() instanceof Heading next && PageBreaks.beginsPage(next)) {
            return;
        }
        float leading = HouseStyle.leading(HouseStyle.BODY_SIZE);
        Font font = ctx.house().body();
        Paragraph paragraph = ctx.paragraph(font, leading, Element.ALIGN_LEFT);
        // A "vertical" separator spans the whole line, not just its own chunk; the offset lifts it
        // from the baseline to the middle of the x-height.
        Chunk line = new Chunk(new LineSeparator(HouseStyle.RULE_WIDTH, 100f, null, Element.ALIGN_CENTER,
                HouseStyle.BODY_SIZE / 4), true);
        line.setFont(font);
        paragraph.add(line);
        ctx.space(HouseStyle.PARAGRAPH_SPACING);
        ctx.add(paragraph);
        ctx.space(HouseStyle.PARAGRAPH_SPACING);
    }

    private static void code(BasedSequence content, BlockContext ctx) {
        TextStyle style = TextStyle.of(HouseStyle.CODE_SIZE).inMonospace(HouseStyle.CODE_SIZE);
        BlockContext code = ctx.indented(HouseStyle.CODE_INDENT);
        literalLines(content.toString(), style, code);
    }

    private static void html(HtmlBlockBase node, BlockContext ctx) {
        literalLines(node.getChars().toString(), TextStyle.of(HouseStyle.BODY_SIZE), ctx);
    }

    /** Text drawn as typed: one line per source line, spaces kept, no justification. */
    private static void literalLines(String text, TextStyle style, BlockContext ctx) {
        Font font = ctx.house().font(style);
        Paragraph paragraph = ctx.paragraph(font, HouseStyle.leading(style.size()), Element.ALIGN_LEFT);
        String[] lines = text.stripTrailing().replace("\t", "    ").split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                paragraph.add(new Chunk("\n", font));
            }
            if (!lines[i].isEmpty()) {
                for (TextRuns.Run run : ctx.house().runs(style, lines[i], ctx.width())) {
                    paragraph.add(new Chunk(run.text(), ctx.house().font(style, run.face())));
                }
            }
        }
        ctx.add(paragraph);
        ctx.space(ctx.paragraphSpacing());
    }

    /** A block nobody registered: its children if it has any, else its source text, never nothing. */
    private static void unknown(Node node, BlockContext ctx) {
        if (node.hasChildren()) {
            ctx.renderChildren(node);
        } else if (!node.getChars().isBlank()) {
            literalLines(node.getChars().toString(), TextStyle.of(HouseStyle.BODY_SIZE), ctx);
        }
    }
}
