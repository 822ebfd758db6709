package com.closingset.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * "Page X of Y" centred under the text block of every page. The total is unknown until the
 * document closes, so each page gets an empty template that is filled in {@code onCloseDocument};
 * writing the whole line there (not just Y) lets it be centred exactly. One instance per document.
 */
final class PageNumberFooter extends PdfPageEventHelper {
    /** Baseline of the footer, halfway down the bottom margin. */
    private static final float BASELINE = HouseStyle.MARGIN / 2;

    private final HouseStyle style;
    private final List<PdfTemplate> footers = new ArrayList<>();

    PageNumberFooter(HouseStyle style) {
        this.style = style;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        float width = HouseStyle.PAGE.getWidth() - 2 * HouseStyle.MARGIN;
        PdfTemplate footer = writer.getDirectContent().createTemplate(width, 2 * HouseStyle.FOOTER_SIZE);
        footers.add(footer);
        writer.getDirectContent().addTemplate(footer, HouseStyle.MARGIN, BASELINE - HouseStyle.FOOTER_SIZE / 2);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        for (int i = 0; i < footers.size(); i++) {
            PdfTemplate footer = footers.get(i);
            footer.beginText();
            footer.setFontAndSize(style.footerFace(), HouseStyle.FOOTER_SIZE);
            footer.showTextAligned(Element.ALIGN_CENTER, "Page " + (i + 1) + " of " + footers.size(),
                    footer.getWidth() / 2, HouseStyle.FOOTER_SIZE / 2, 0);
            footer.endText();
        }
    }

    int pageCount() {
        return footers.size();
    }
}
