package com.closingset.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A blackline's change bars: a rule in the left margin beside every line that holds a change.
 * OpenPDF reports where each tagged chunk (a changed run, or the part of it on one line) was set.
 * The bar is drawn there and then, because OpenPDF sets a page's last lines after its end-of-page
 * event; a line already barred (a second change on it, or a table's other column) gets no second bar.
 */
final class ChangeBars extends PdfPageEventHelper {
    static final String TAG = "closingset-change";

    private int page;
    /** Bottom and top of each bar drawn on {@link #page}. */
    private final List<float[]> drawn = new ArrayList<>();

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (!TAG.equals(text)) {
            return;
        }
        if (writer.getPageNumber() != page) {
            page = writer.getPageNumber();
            drawn.clear();
        }
        float bottom = rect.getBottom();
        float top = rect.getTop();
        if (drawn.stream().anyMatch(d -> d[0] <= bottom && top <= d[1])) {
            return;
        }
        drawn.add(new float[] {bottom, top});
        PdfContentByte canvas = writer.getDirectContent();
        float x = HouseStyle.MARGIN - HouseStyle.CHANGE_BAR_OFFSET;
        canvas.saveState();
        canvas.setLineWidth(HouseStyle.CHANGE_BAR_WIDTH);
        canvas.setLineCap(PdfContentByte.LINE_CAP_BUTT);
        canvas.moveTo(x, bottom);
        canvas.lineTo(x, top);
        canvas.stroke();
        canvas.restoreState();
    }
}
