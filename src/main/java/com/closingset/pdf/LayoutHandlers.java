package com.closingset.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * The layouts of {@link LayoutBlock}: a centered block and a letterhead, in both of which a bullet
 * list is a row, its items side by side in equal columns (the SEC cover's values over their
 * captions, a letterhead's offices).
 */
final class LayoutHandlers {
    private LayoutHandlers() {
    }

    static void layout(LayoutBlock node, BlockContext ctx) {
        switch (node.layout()) {
            case CENTER -> center(node, ctx);
            case LETTERHEAD -> letterhead(node, ctx);
            case END -> { }
        }
    }

    private static void center(LayoutBlock node, BlockContext ctx) {
        BlockContext centered = ctx.centered();
        for (Node block : children(node)) {
            if (block instanceof BulletList list) {
                row(list, TextStyle.of(HouseStyle.BODY_SIZE), ctx);
            } else {
                centered.render(block);
            }
        }
    }

    /**
     * The firm's name (the first paragraph) large and centered; what follows in small type, centered,
     * a list of offices side by side; then a rule across the page.
     */
    private static void letterhead(LayoutBlock node, BlockContext ctx) {
        List<Node> blocks = children(node);
        TextStyle small = TextStyle.of(HouseStyle.CAPTION_SIZE);
        for (int i = 0; i < blocks.size(); i++) {
            Node block = blocks.get(i);
            if (block instanceof BulletList list) {
                row(list, small, ctx);
                continue;
            }
            TextStyle style = i == 0 ? TextStyle.of(HouseStyle.LETTERHEAD_NAME_SIZE) : small;
            Paragraph paragraph = ctx.paragraph(ctx.house().font(style), HouseStyle.leading(style.size()), Element.ALIGN_CENTER);
            ctx.add(ctx.inlines(block, style, paragraph));
            ctx.space(i == 0 ? HouseStyle.PARAGRAPH_SPACING : HouseStyle.PARAGRAPH_SPACING / 2);
        }
        Font body = ctx.house().body();
        Paragraph rule = ctx.paragraph(body, HouseStyle.RULE_WIDTH * 2, Element.ALIGN_LEFT);
        Chunk line = new Chunk(new LineSeparator(HouseStyle.RULE_WIDTH, 100f, null, Element.ALIGN_CENTER, 0), true);
        line.setFont(body);
        rule.add(line);
        ctx.space(HouseStyle.PARAGRAPH_SPACING);
        ctx.add(rule);
        ctx.space(HouseStyle.PARAGRAPH_SPACING * 2);
    }

    /** Each item of {@code list} a borderless cell, the cells side by side in equal widths, their text centered. */
    private static void row(BulletList list, TextStyle style, BlockContext ctx) {
        List<Node> items = children(list);
        PdfPTable table = new PdfPTable(items.size());
        table.setTotalWidth(ctx.width());
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        // A row that fits on a page moves whole to the next rather than split at the foot, which left an
        // address running on under an empty name, or an empty sliver of the row; only a row taller than
        // a page is split.
        table.setSplitLate(true);
        for (Node item : items) {
            PdfPCell cell = new PdfPCell();
            for (Node block : children(item)) {
                Paragraph paragraph = new Paragraph(HouseStyle.leading(style.size()), "", ctx.house().font(style));
                paragraph.setAlignment(Element.ALIGN_CENTER);
                cell.addElement(ctx.inlines(block, style, paragraph, ctx.width() / items.size() - 2 * HouseStyle.CELL_PADDING));
            }
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingLeft(HouseStyle.CELL_PADDING);
            cell.setPaddingRight(HouseStyle.CELL_PADDING);
            cell.setPaddingTop(0);
            cell.setUseAscender(true);
            table.addCell(cell);
        }
        ctx.add(table);
        ctx.space(ctx.paragraphSpacing());
    }

    private static List<Node> children(Node node) {
        List<Node> out = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            out.add(child);
        }
        return out;
    }
}
