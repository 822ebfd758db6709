package com.closingset.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A GFM table as a {@code PdfPTable}: thin borders, the header row bold and repeated after page
 * breaks, columns as wide as their longest cell (within bounds) so short columns stay narrow.
 */
final class TableHandler {
    /** Column weights in characters: a one-letter column still gets room, a paragraph-long one no more than this. */
    private static final int MIN_WEIGHT = 4;
    private static final int MAX_WEIGHT = 40;

    private TableHandler() {
    }

    private record Cell(PdfPCell cell, int span, int length) {
    }

    static void table(TableBlock node, BlockContext ctx) {
        TextStyle body = TextStyle.of(HouseStyle.TABLE_SIZE);
        List<List<Cell>> head = rows(node.getFirstChildAny(TableHead.class), body.withBold(), true, ctx);
        List<List<Cell>> rows = rows(node.getFirstChildAny(TableBody.class), body, false, ctx);
        // An all-blank header is how Markdown writes a table without one; drawing it would add an empty box.
        if (head.stream().flatMap(List::stream).allMatch(c -> c.length() == 0)) {
            head = List.of();
        }
        int columns = columns(head, rows);
        if (columns == 0) {
            return;
        }
        PdfPTable table = new PdfPTable(widths(columns, head, rows));
        if (ctx.indent() == 0) {
            table.setWidthPercentage(100);
        } else {
            // PdfPTable has no left indent: a narrower table set flush right lines up with the list or quote.
            table.setTotalWidth(ctx.width());
            table.setLockedWidth(true);
            table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        // OpenPDF skips a table that has only header rows, so a head-only table's head is plain rows.
        table.setHeaderRows(rows.isEmpty() ? 0 : head.size());
        table.setSplitLate(false);
        addRows(table, head, columns, () -> blank(body.withBold(), true, ctx));
        addRows(table, rows, columns, () -> blank(body, false, ctx));
        ctx.add(table);
        ctx.space(ctx.paragraphSpacing());
        Node caption = node.getFirstChildAny(TableCaption.class);
        if (caption != null) {
            float size = HouseStyle.TABLE_SIZE;
            TextStyle style = TextStyle.of(size).withItalic();
            ctx.add(ctx.inlines(caption, style,
                    ctx.paragraph(ctx.house().font(style), HouseStyle.leading(size), Element.ALIGN_CENTER)));
            ctx.space(ctx.paragraphSpacing());
        }
    }

    private static List<List<Cell>> rows(Node section, TextStyle style, boolean header, BlockContext ctx) {
        List<List<Cell>> rows = new ArrayList<>();
        if (section == null) {
            return rows;
        }
        for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
            List<Cell> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                cells.add(cell((TableCell) cell, style, header, ctx));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static Cell cell(TableCell node, TextStyle style, boolean header, BlockContext ctx) {
        Phrase phrase = ctx.inlines(node, style, phrase(style, ctx));
        PdfPCell cell = pdfCell(phrase, header);
        cell.setHorizontalAlignment(alignment(node.getAlignment()));
        int span = Math.max(node.getSpan(), 1);
        cell.setColspan(span);
        return new Cell(cell, span, phrase.getContent().strip().length());
    }

    /** Flexmark leaves the alignment null for a column whose separator has no colons. */
    private static int alignment(TableCell.Alignment alignment) {
        if (alignment == null) {
            return Element.ALIGN_LEFT;
        }
        return switch (alignment) {
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            default -> Element.ALIGN_LEFT;
        };
    }

    private static Cell blank(TextStyle style, boolean header, BlockContext ctx) {
        return new Cell(pdfCell(phrase(style, ctx), header), 1, 0);
    }

    /** Every phrase gets the house font: OpenPDF's default would pull unembedded Helvetica into the file. */
    private static Phrase phrase(TextStyle style, BlockContext ctx) {
        return new Phrase(HouseStyle.leading(style.size()), "", ctx.house().font(style));
    }

    private static PdfPCell pdfCell(Phrase phrase, boolean header) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorderWidth(HouseStyle.CELL_BORDER);
        cell.setPadding(HouseStyle.CELL_PADDING);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setLeading(HouseStyle.leading(HouseStyle.TABLE_SIZE), 0);
        if (header) {
            cell.setBackgroundColor(HouseStyle.HEADER_FILL);
        }
        return cell;
    }

    private static int columns(List<List<Cell>> head, List<List<Cell>> rows) {
        int columns = 0;
        for (List<Cell> row : concat(head, rows)) {
            columns = Math.max(columns, row.stream().mapToInt(Cell::span).sum());
        }
        return columns;
    }

    private static float[] widths(int columns, List<List<Cell>> head, List<List<Cell>> rows) {
        float[] widths = new float[columns];
        Arrays.fill(widths, MIN_WEIGHT);
        for (List<Cell> row : concat(head, rows)) {
            int column = 0;
            for (Cell cell : row) {
                if (cell.span() == 1 && column < columns) {
                    widths[column] = Math.max(widths[column], Math.min(cell.length(), MAX_WEIGHT));
                }
                column += cell.span();
            }
        }
        return widths;
    }

    /** Rows are padded to full width: OpenPDF silently drops an incomplete last row. */
    private static void addRows(PdfPTable table, List<List<Cell>> rows, int columns, Supplier<Cell> blank) {
        for (List<Cell> row : rows) {
            int filled = 0;
            for (Cell cell : row) {
                if (filled + cell.span() > columns) {
                    break;
                }
                table.addCell(cell.cell());
                filled += cell.span();
            }
            for (; filled < columns; filled++) {
                table.addCell(blank.get().cell());
            }
        }
    }

    private static List<List<Cell>> concat(List<List<Cell>> a, List<List<Cell>> b) {
        List<List<Cell>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
