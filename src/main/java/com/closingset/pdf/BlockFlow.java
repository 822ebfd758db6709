package com.closingset.pdf;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

/** Where block handlers' paragraphs and tables go: the document's pages, or a measurement of them. */
interface BlockFlow {
    void add(Paragraph paragraph);

    void add(PdfPTable table);

    /**
     * Adds the rows put into {@code table} since its last part, and lets them go: a table too long to
     * hold whole goes onto the pages a part at a time, the {@code first} starting it.
     */
    void addPart(PdfPTable table, boolean first);

    /** An entry in the PDF's outline going to {@code destination}; a measurement makes none. */
    void bookmark(int level, String title, String destination);

    /** Asks for at least {@code points} of space before the next block. */
    void space(float points);

    /** Starts a new page unless {@code height} points (plus the space owed) are left on this one. */
    void keepRoom(float height);

    /** Starts a new page unless this one is still empty; a measurement does not break pages. */
    void newPage();

    /** The height a block can still take on this page after the space owed; endless where pages do not break. */
    float room();

    /** The width of the text column. */
    float width();

    /** Whether the blocks land on pages; false when they are only measured. */
    boolean paged();
}
