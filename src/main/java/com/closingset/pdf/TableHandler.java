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

/**
 * A GFM table as a {@code PdfPTable}: thin borders, the header row bold and repeated after page
 * breaks, columns as wide as their longest cell (within bounds) so short columns stay narrow.
 */
final class TableHandler {
    /** Column weights in characters: a one-letter column still gets room, a paragraph-long one no more than this. */
    private static final int MIN_WEIGHT = 4;
    private static final int MAX_WEIGHT = 40;
    /** Rows a long table holds before they are laid out and let go; a shorter table is laid out whole. */
    private static final int ROWS_HELD = 200;

    private TableHandler() {
    }

    /** What the column widths are worked out from: a cell's columns and the length of its text. */
    private record Measure(int span, int length) {
    }

    /**
     * A row's source and the style its cells take. A table's rows are measured first and made into
     * cells as they are added, so a long table's cells are held only until OpenPDF has laid them out.
     */
    private record Row(Node node, TextStyle style, boolean header) {
    }

    static void table(TableBlock node, BlockContext ctx) {
        TextStyle body = TextStyle.of(HouseStyle.TABLE_SIZE);
        List<Row> head = rows(node.getFirstChildAny(TableHead.class), body.withBold(), true);
        List<Row> rows = rows(node.getFirstChildAny(TableBody.class), body, false);
        List<List<Measure>> headMeasures = measures(head, ctx);
        // An all-blank header is how Markdown writes a table without one; drawing it would add an empty box.
        if (headMeasures.stream().flatMap(List::stream).allMatch(c -> c.length() == 0)) {
            head = List.of();
            headMeasures = List.of();
        }
        List<List<Measure>> measures = new ArrayList<>(headMeasures);
        measures.addAll(measures(rows, ctx));
        int columns = columns(measures);
        if (columns == 0) {
            return;
        }
        float[] widths = widths(columns, measures);
        PdfPTable table = new PdfPTable(widths);
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
        // A row that fits on a page moves whole to the next rather than split at the foot, which left an
        // address running on under an empty name, or an empty sliver of the row; only a row taller than
        // a page is split.
        table.setSplitLate(true);
        head.forEach(row -> addRow(table, row, widths, ctx));
        addBody(table, rows, widths, ctx);
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

    /**
     * Adds the body rows and the table. A table longer than {@link #ROWS_HELD} rows goes onto the pages
     * that many rows at a time: a binder's index of 20,000 rows held whole took some 170 MB.
     */
    private static void addBody(PdfPTable table, List<Row> rows, float[] widths, BlockContext ctx) {
        if (!ctx.paged() || rows.size() <= ROWS_HELD) {
            rows.forEach(row -> addRow(table, row, widths, ctx));
            ctx.add(table);
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            addRow(table, rows.get(i), widths, ctx);
            boolean last = i + 1 == rows.size();
            if ((i + 1) % ROWS_HELD == 0 || last) {
                table.setComplete(last);
                ctx.addPart(table, i + 1 == ROWS_HELD);
            }
        }
    }

    private static List<Row> rows(Node section, TextStyle style, boolean header) {
        List<Row> rows = new ArrayList<>();
        if (section != null) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                rows.add(new Row(row, style, header));
            }
        }
        return rows;
    }

    private static List<List<Measure>> measures(List<Row> rows, BlockContext ctx) {
        List<List<Measure>> measures = new ArrayList<>();
        for (Row row : rows) {
            List<Measure> cells = new ArrayList<>();
            for (Node cell = row.node().getFirstChild(); cell != null; cell = cell.getNext()) {
                Phrase phrase = ctx.inlines(cell, row.style(), phrase(row.style(), ctx));
                cells.add(new Measure(span((TableCell) cell), phrase.getContent().strip().length()));
            }
            measures.add(cells);
        }
        return measures;
    }

    private static int span(TableCell cell) {
        return Math.max(cell.getSpan(), 1);
    }

    /** Rows are padded to full width: OpenPDF silently drops an incomplete last row. */
    private static void addRow(PdfPTable table, Row row, float[] widths, BlockContext ctx) {
        int columns = widths.length;
        int filled = 0;
        for (Node node = row.node().getFirstChild(); node != null; node = node.getNext()) {
            TableCell cell = (TableCell) node;
            if (filled + span(cell) > columns) {
                break;
            }
            table.addCell(cell(cell, row, lineWidth(widths, filled, span(cell), ctx), ctx));
            filled += span(cell);
        }
        for (; filled < columns; filled++) {
            table.addCell(pdfCell(phrase(row.style(), ctx), row.header()));
        }
    }

    /** The width of a cell's lines: its columns' share of the table, less the padding either side. */
    private static float lineWidth(float[] widths, int column, int span, BlockContext ctx) {
        float all = 0;
        float its = 0;
        for (int i = 0; i < widths.length; i++) {
            all += widths[i];
            its += i >= column && i < column + span ? widths[i] : 0;
        }
        return ctx.width() * its / all - 2 * HouseStyle.CELL_PADDING;
    }

    private static PdfPCell cell(TableCell node, Row row, float lineWidth, BlockContext ctx) {
        PdfPCell cell = pdfCell(ctx.inlines(node, row.style(), phrase(row.style(), ctx), lineWidth), row.header());
        cell.setHorizontalAlignment(alignment(node.getAlignment()));
        cell.setColspan(span(node));
        return cell;
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

    private static int columns(List<List<Measure>> rows) {
        int columns = 0;
        for (List<Measure> row : rows) {
            columns = Math.max(columns, row.stream().mapToInt(Measure::span).sum());
        }
        return columns;
    }

    private static float[] widths(int columns, List<List<Measure>> rows) {
        float[] widths = new float[columns];
        Arrays.fill(widths, MIN_WEIGHT);
        for (List<Measure> row : rows) {
            int column = 0;
            for (Measure cell : row) {
                if (cell.span() == 1 && column < columns) {
                    widths[column] = Math.max(widths[column], Math.min(cell.length(), MAX_WEIGHT));
                }
                column += cell.span();
            }
        }
        return widths;
    }
}
