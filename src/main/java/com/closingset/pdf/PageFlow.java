package com.closingset.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The pages of one document as blocks are added to them. Space between blocks is asked for
 * after a block and granted before the next one, taking the larger request, so a list's end and
 * the paragraph after it do not add up their gaps (and OpenPDF drops the gap at a page top).
 */
final class PageFlow {
    private final Document document;
    private final PdfWriter writer;
    private final Outline outline;
    private float spaceOwed;

    PageFlow(Document document, PdfWriter writer, Outline outline) {
        this.document = document;
        this.writer = writer;
        this.outline = outline;
    }

    void add(Paragraph paragraph) {
        paragraph.setSpacingBefore(Math.max(paragraph.getSpacingBefore(), takeSpace()));
        document.add(paragraph);
    }

    void add(PdfPTable table) {
        table.setSpacingBefore(Math.max(table.spacingBefore(), takeSpace()));
        document.add(table);
    }

    void bookmark(int level, String title, String destination) {
        outline.add(level, title, destination);
    }

    void space(float points) {
        spaceOwed = Math.max(spaceOwed, points);
    }

    /** Starts a new page unless {@code height} points (plus the space owed) are left on this one. */
    void keepRoom(float height) {
        if (writer.getVerticalPosition(true) - spaceOwed - height < document.bottom()) {
            document.newPage();
        }
    }

    float width() {
        return document.right() - document.left();
    }

    private float takeSpace() {
        float owed = spaceOwed;
        spaceOwed = 0;
        return owed;
    }
}
