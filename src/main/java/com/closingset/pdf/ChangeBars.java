package com.closingset.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A blackline's change bars: a rule in the left margin beside every line that holds a change.
 * OpenPDF reports where each tagged chunk (a changed run, or the part of it on one line) was set;
 * the heights are gathered for the page and drawn when it ends, lines that overlap as one bar, so
 * a line with several changes gets one bar, not a pile of them.
 */
final class ChangeBars extends PdfPageEventHelper {
    static final String TAG = "closingset-change";

    /** Bottom and top of each changed chunk on the page being laid out. */
    private final List<float[]> spans = new ArrayList<>();

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (TAG.equals(text)) {
            spans.add(new float[] {rect.getBottom(), rect.getTop()});
        }
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        if (spans.isEmpty()) {
            return;
        }
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        PdfContentByte canvas = writer.getDirectContent();
        canvas.saveState();
        canvas.setLineWidth(HouseStyle.CHANGE_BAR_WIDTH);
        canvas.setLineCap(PdfContentByte.LINE_CAP_BUTT);
        float x = HouseStyle.MARGIN - HouseStyle.CHANGE_BAR_OFFSET;
        float bottom = spans.get(0)[0];
        float top = spans.get(0)[1];
        for (float[] s : spans.subList(1, spans.size())) {
            if (s[0] > top) {
                bar(canvas, x, bottom, top);
                bottom = s[0];
            }
            top = Math.max(top, s[1]);
        }
        bar(canvas, x, bottom, top);
        canvas.restoreState();
        spans.clear();
    }

    private static void bar(PdfContentByte canvas, float x, float bottom, float top) {
        canvas.moveTo(x, bottom);
        canvas.lineTo(x, top);
        canvas.stroke();
    }
}
