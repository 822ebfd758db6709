package com.closingset.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Blocks laid out in an endless column that is never drawn (OpenPDF's ColumnText in simulation
 * mode): how tall they would be on the page, to decide before drawing them whether they fit there.
 */
final class SimulatedFlow implements BlockFlow {
    private static final float TOP = 1_000_000f;
    private final ColumnText column = new ColumnText(null);
    private final float width;
    private float spaceOwed;
    private boolean empty = true;

    SimulatedFlow(float width) {
        this.width = width;
        column.setSimpleColumn(0, 0, width, TOP);
    }

    @Override
    public void add(Paragraph paragraph) {
        layOut(paragraph, paragraph.getSpacingBefore());
    }

    @Override
    public void add(PdfPTable table) {
        layOut(table, table.spacingBefore());
    }

    /** A measurement lays its tables out whole: OpenPDF lets a part go only from a document's pages. */
    @Override
    public void addPart(PdfPTable table, boolean first) {
        throw new IllegalStateException("a measured table is laid out whole");
    }

    @Override
    public void bookmark(int level, String title, String destination) {
    }

    @Override
    public void space(float points) {
        spaceOwed = Math.max(spaceOwed, points);
    }

    /** Pages do not break in a measurement. */
    @Override
    public void keepRoom(float height) {
    }

    @Override
    public void newPage() {
    }

    @Override
    public float room() {
        return Float.POSITIVE_INFINITY;
    }

    @Override
    public float width() {
        return width;
    }

    @Override
    public boolean paged() {
        return false;
    }

    /** The height of the blocks so far, from the top of the first one's first line to the foot of the last one's last. */
    float height() {
        return TOP - column.getYLine();
    }

    /**
     * ColumnText drops the spacing before the first element of each go(), and each element here has
     * its own go() (to stop measuring once past a limit), so the gap is made by moving the line down.
     */
    private void layOut(Element element, float spacingBefore) {
        column.setYLine(column.getYLine() - Math.max(spacingBefore, takeSpace()));
        column.addElement(element);
        try {
            column.go(true);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot measure a block: " + e.getMessage(), e);
        }
        empty = false;
    }

    /** The space before the first block is the page's to grant (PageFlow.keepRoom counts it), not the blocks'. */
    private float takeSpace() {
        float owed = empty ? 0 : spaceOwed;
        spaceOwed = 0;
        return owed;
    }
}
