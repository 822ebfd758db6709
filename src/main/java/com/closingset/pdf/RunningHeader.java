package com.closingset.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import java.util.Objects;

/**
 * The line above the text block of every page of a blackline: the version compared from at the
 * left, the version compared to at the right, so that a page printed or forwarded alone still says
 * what it compares. Each side gets half the line and is cut at a word if longer; it is set in the
 * footer's type, falling back as the footer does for a character Liberation lacks.
 */
public record RunningHeader(String left, String right) {
    private static final float BASELINE = HouseStyle.PAGE.getHeight() - HouseStyle.MARGIN / 2;
    private static final float GAP = 18f;

    public RunningHeader {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    /** The page event that draws it, fitted and set as {@code footer} sets its own names. */
    PdfPageEventHelper event(RunningFooter footer) {
        float width = HouseStyle.PAGE.getWidth() - 2 * HouseStyle.MARGIN;
        float room = (width - GAP) / 2;
        List<TextRuns.Run> leftRuns = footer.fitted(left, room);
        List<TextRuns.Run> rightRuns = footer.fitted(right, room);
        return new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                PdfContentByte canvas = writer.getDirectContent();
                canvas.beginText();
                RunningFooter.show(canvas, leftRuns, HouseStyle.MARGIN, BASELINE);
                RunningFooter.show(canvas, rightRuns, HouseStyle.MARGIN + width - RunningFooter.width(rightRuns), BASELINE);
                canvas.endText();
            }
        };
    }
}
