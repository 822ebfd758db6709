package com.closingset.docx;

import com.closingset.pdf.LayoutBlock;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * GFM tables as Word tables (thin borders, the header row bold, shaded and repeated on every page,
 * columns as wide as their longest cell within bounds, as the PDF's), and the layouts of a
 * {@link LayoutBlock}: a centered block and a letterhead, in which a bullet list is a row of
 * borderless cells side by side.
 */
final class WordTables {
    /** The text block of US Letter with 1-inch margins, in twentieths of a point. */
    static final int TEXT_WIDTH = 9360;
    private static final int MIN_WEIGHT = 4;
    private static final int MAX_WEIGHT = 40;
    private static final int CAPTION_HALF_POINTS = 18;
    private static final int LETTERHEAD_NAME_HALF_POINTS = 36;
    private static final int PARAGRAPH_SPACING = 8 * WordBlocks.TWIPS_PER_POINT;

    private WordTables() {
    }

    private record Cell(String paragraphs, int span, int length) {
    }

    static void table(TableBlock node, BlockWriter out) {
        List<List<Cell>> head = rows(node.getFirstChildAny(TableHead.class), true, out);
        List<List<Cell>> body = rows(node.getFirstChildAny(TableBody.class), false, out);
        // An all-blank header is how Markdown writes a table without one.
        if (head.stream().flatMap(List::stream).allMatch(c -> c.length() == 0)) {
            head = List.of();
        }
        int[] widths = widths(head, body, TEXT_WIDTH - out.indent());
        if (widths.length == 0) {
            return;
        }
        StringBuilder t = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"Table\"/>");
        t.append("<w:tblW w:w=\"").append(TEXT_WIDTH - out.indent()).append("\" w:type=\"dxa\"/>");
        t.append("<w:tblInd w:w=\"").append(out.indent()).append("\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr>");
        grid(t, widths);
        head.forEach(row -> row(t, row, widths, true));
        body.forEach(row -> row(t, row, widths, false));
        out.addBlock(t.append("</w:tbl>").toString());
        Node caption = node.getFirstChildAny(TableCaption.class);
        if (caption != null) {
            out.add(new ParagraphFormat("TableCaption"), out.runs(caption, RunStyle.plain().withItalic()));
        } else {
            // Word runs two tables one after the other together; an empty paragraph keeps them apart, as the PDF's space does.
            out.add(new ParagraphFormat("TableText"), "");
        }
    }

    private static List<List<Cell>> rows(Node section, boolean header, BlockWriter out) {
        List<List<Cell>> rows = new ArrayList<>();
        if (section == null) {
            return rows;
        }
        for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
            List<Cell> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                TableCell c = (TableCell) cell;
                String runs = out.runs(c, header ? RunStyle.plain().withBold() : RunStyle.plain());
                String paragraph = "<w:p>" + new ParagraphFormat("TableText").align(alignment(c.getAlignment())).xml() + runs + "</w:p>";
                cells.add(new Cell(paragraph, Math.max(c.getSpan(), 1), c.getText().toString().strip().length()));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String alignment(TableCell.Alignment alignment) {
        if (alignment == null) {
            return "left";
        }
        return switch (alignment) {
            case CENTER -> "center";
            case RIGHT -> "right";
            default -> "left";
        };
    }

    private static void row(StringBuilder t, List<Cell> row, int[] widths, boolean header) {
        t.append("<w:tr>").append(header ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>");
        int column = 0;
        for (Cell cell : row) {
            if (column + cell.span() > widths.length) {
                break;
            }
            int width = Arrays.stream(widths, column, column + cell.span()).sum();
            cell(t, cell.paragraphs(), width, cell.span(), header);
            column += cell.span();
        }
        // Rows are padded to full width, as the PDF's are.
        for (; column < widths.length; column++) {
            cell(t, "<w:p>" + new ParagraphFormat("TableText").xml() + "</w:p>", widths[column], 1, header);
        }
        t.append("</w:tr>");
    }

    private static void cell(StringBuilder t, String paragraphs, int width, int span, boolean header) {
        t.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
        if (span > 1) {
            t.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
        }
        if (header) {
            t.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEEEEE\"/>");
        }
        t.append("</w:tcPr>").append(paragraphs).append("</w:tc>");
    }

    private static void grid(StringBuilder t, int[] widths) {
        t.append("<w:tblGrid>");
        for (int w : widths) {
            t.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        t.append("</w:tblGrid>");
    }

    /** Each column's share of {@code total}, by the length of its longest one-column cell. */
    private static int[] widths(List<List<Cell>> head, List<List<Cell>> body, int total) {
        List<List<Cell>> all = new ArrayList<>(head);
        all.addAll(body);
        int columns = all.stream().mapToInt(r -> r.stream().mapToInt(Cell::span).sum()).max().orElse(0);
        int[] weights = new int[columns];
        Arrays.fill(weights, MIN_WEIGHT);
        for (List<Cell> row : all) {
            int column = 0;
            for (Cell cell : row) {
                if (cell.span() == 1 && column < columns) {
                    weights[column] = Math.max(weights[column], Math.min(cell.length(), MAX_WEIGHT));
                }
                column += cell.span();
            }
        }
        return shares(weights, total);
    }

    private static int[] shares(int[] weights, int total) {
        int sum = Arrays.stream(weights).sum();
        int[] widths = new int[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            widths[i] = i == weights.length - 1 ? total - given : total * weights[i] / sum;
            given += widths[i];
        }
        return widths;
    }

    static void layout(LayoutBlock node, BlockWriter out) {
        switch (node.layout()) {
            case CENTER -> center(node, out);
            case LETTERHEAD -> letterhead(node, out);
            case END -> { }
        }
    }

    private static void center(LayoutBlock node, BlockWriter out) {
        BlockWriter centered = out.centeredBlocks();
        for (Node block : children(node)) {
            if (block instanceof BulletList list) {
                row(list, RunStyle.plain(), out);
            } else {
                centered.render(block);
            }
        }
    }

    /** The firm's name (the first paragraph) large and centered; what follows in small type, a list of offices side by side; then a rule. */
    private static void letterhead(LayoutBlock node, BlockWriter out) {
        List<Node> blocks = children(node);
        RunStyle small = RunStyle.plain().sized(CAPTION_HALF_POINTS);
        for (int i = 0; i < blocks.size(); i++) {
            Node block = blocks.get(i);
            if (block instanceof BulletList list) {
                row(list, small, out);
                continue;
            }
            RunStyle style = i == 0 ? RunStyle.plain().sized(LETTERHEAD_NAME_HALF_POINTS) : small;
            // As the PDF's: a paragraph's space under the name, half that under each line of small type.
            int after = i == 0 ? PARAGRAPH_SPACING : PARAGRAPH_SPACING / 2;
            out.add(new ParagraphFormat(null).align("center").keepNext().spacingAfter(after), out.runs(block, style));
        }
        out.add(new ParagraphFormat("Rule"), "");
    }

    /** Each item of {@code list} a borderless cell, side by side in equal widths, its text centered. */
    private static void row(BulletList list, RunStyle style, BlockWriter out) {
        List<Node> items = children(list);
        int total = TEXT_WIDTH - out.indent();
        int[] equal = new int[items.size()];
        Arrays.fill(equal, 1);
        int[] widths = shares(equal, total);
        StringBuilder t = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"LayoutRow\"/>");
        t.append("<w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr>");
        grid(t, widths);
        t.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (int i = 0; i < items.size(); i++) {
            StringBuilder paragraphs = new StringBuilder();
            for (Node block : children(items.get(i))) {
                paragraphs.append("<w:p>").append(new ParagraphFormat("TableText").align("center").xml())
                        .append(out.runs(block, style)).append("</w:p>");
            }
            if (paragraphs.isEmpty()) {
                paragraphs.append("<w:p/>");
            }
            t.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[i]).append("\" w:type=\"dxa\"/></w:tcPr>")
                    .append(paragraphs).append("</w:tc>");
        }
        out.addBlock(t.append("</w:tr></w:tbl>").toString());
        out.add(new ParagraphFormat("TableText"), "");
    }

    private static List<Node> children(Node node) {
        List<Node> out = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            out.add(child);
        }
        return out;
    }
}
