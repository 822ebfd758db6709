package com.closingset.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The pages of one document as blocks are added to them. Space between blocks is asked for
 * after a block and granted before the next one, taking the larger request, so a list's end and
 * the paragraph after it do not add up their gaps (and OpenPDF drops the gap at a page top).
 */
final class PageFlow implements BlockFlow {
    private final Document document;
    private final PdfWriter writer;
    private final Outline outline;
    private float spaceOwed;
    private boolean blank = true;

    PageFlow(Document document, PdfWriter writer, Outline outline) {
        this.document = document;
        this.writer = writer;
        this.outline = outline;
    }

    @Override
    public void add(Paragraph paragraph) {
        paragraph.setSpacingBefore(Math.max(paragraph.getSpacingBefore(), takeSpace()));
        document.add(paragraph);
        // An empty code block or link adds a paragraph with nothing in it, which puts nothing on a page.
        blank = blank && paragraph.getChunks().stream().allMatch(c -> c instanceof com.lowagie.text.Chunk chunk && chunk.isEmpty());
    }

    @Override
    public void add(PdfPTable table) {
        table.setSpacingBefore(Math.max(table.spacingBefore(), takeSpace()));
        document.add(table);
        blank = false;
    }

    /**
     * OpenPDF opens a new page after a table that ends within two of the last paragraph's lines of the
     * foot, which would leave a gap in the middle of a table: a phrase of no height before each part
     * makes those lines none. It also repeats the header on each page a part runs onto, but not on the
     * page a later part starts: one that starts a page, or whose first row cannot start on this one and
     * so starts the next, draws the header first.
     */
    @Override
    public void addPart(PdfPTable table, boolean first) {
        document.add(new Phrase(0f));
        if (first) {
            table.setSpacingBefore(Math.max(table.spacingBefore(), takeSpace()));
            blank = false;
        } else {
            table.setSpacingBefore(0);
            float top = writer.getVerticalPosition(true);
            boolean pageTop = top >= document.top();
            // The very test OpenPDF makes of a row, so that the two never disagree about the last point of room.
            if (!pageTop && top - table.getRowHeight(table.getHeaderRows()) < document.bottom()) {
                document.newPage();
                pageTop = true;
            }
            table.setSkipFirstHeader(!pageTop);
        }
        document.add(table);
    }

    @Override
    public void bookmark(int level, String title, String destination) {
        outline.add(level, title, destination);
    }

    @Override
    public void space(float points) {
        spaceOwed = Math.max(spaceOwed, points);
    }

    @Override
    public void keepRoom(float height) {
        if (height >= room()) {
            document.newPage();
        }
    }

    @Override
    public void newPage() {
        document.newPage();
    }

    /**
     * OpenPDF sets a line only where one more line would still fit under it, so a body line at the
     * foot of the page is not room.
     */
    @Override
    public float room() {
        return writer.getVerticalPosition(true) - spaceOwed - document.bottom() - HouseStyle.leading(HouseStyle.BODY_SIZE);
    }

    @Override
    public float width() {
        return document.right() - document.left();
    }

    /**
     * Whether nothing was added. OpenPDF opens the next page as soon as a block fills one to its foot
     * and drops it at close if it stays empty; only a document with no blocks at all must keep it.
     */
    boolean blank() {
        return blank;
    }

    @Override
    public boolean paged() {
        return true;
    }

    private float takeSpace() {
        float owed = spaceOwed;
        spaceOwed = 0;
        return owed;
    }
}
