package com.closingset.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.Objects;

/**
 * The line above the text block of every page of a blackline: the version compared from at the
 * left, the version compared to at the right, so that a page printed or forwarded alone still says
 * what it compares. Each side gets half the line and is cut at a word if longer.
 */
public record RunningHeader(String left, String right) {
    private static final float BASELINE = HouseStyle.PAGE.getHeight() - HouseStyle.MARGIN / 2;
    private static final float GAP = 18f;

    public RunningHeader {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    /** The page event that draws it, with the house's footer face. */
    PdfPageEventHelper event(HouseStyle style) {
        UnprintableText.check(style.footerFace(), left);
        UnprintableText.check(style.footerFace(), right);
        return new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                BaseFont face = style.footerFace();
                float size = HouseStyle.FOOTER_SIZE;
                float width = HouseStyle.PAGE.getWidth() - 2 * HouseStyle.MARGIN;
                float room = (width - GAP) / 2;
                PdfContentByte canvas = writer.getDirectContent();
                canvas.beginText();
                canvas.setFontAndSize(face, size);
                canvas.showTextAligned(Element.ALIGN_LEFT, RunningFooter.fitted(left, face, room), HouseStyle.MARGIN, BASELINE, 0);
                canvas.showTextAligned(Element.ALIGN_RIGHT, RunningFooter.fitted(right, face, room),
                        HouseStyle.MARGIN + width, BASELINE, 0);
                canvas.endText();
            }
        };
    }
}
