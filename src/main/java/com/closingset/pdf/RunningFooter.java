package com.closingset.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The line under the text block of every page: the document's name at the left, "Page X of Y" at
 * the right, counted within the document (in a binder each document counts its own pages). The
 * total is unknown until the file closes, so each page gets an empty template filled in
 * {@code onCloseDocument}. One instance per PDF.
 */
final class RunningFooter extends PdfPageEventHelper {
    /** Baseline of the footer, halfway down the bottom margin. */
    private static final float BASELINE = HouseStyle.MARGIN / 2;
    private static final float GAP = 18f;

    private record Part(String label, boolean numbered, List<PdfTemplate> pages) {
    }

    private final HouseStyle style;
    private final List<Part> parts = new ArrayList<>();

    RunningFooter(HouseStyle style) {
        this.style = style;
    }

    /** The pages from here on belong to a document named {@code label}; unnumbered ones (a cover) get no footer. */
    void startPart(String label, boolean numbered) {
        parts.add(new Part(label, numbered, new ArrayList<>()));
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        Part part = parts.get(parts.size() - 1);
        PdfTemplate footer = writer.getDirectContent().createTemplate(width(), 2 * HouseStyle.FOOTER_SIZE);
        part.pages().add(footer);
        if (part.numbered()) {
            writer.getDirectContent().addTemplate(footer, HouseStyle.MARGIN, BASELINE - HouseStyle.FOOTER_SIZE / 2);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        BaseFont face = style.footerFace();
        float size = HouseStyle.FOOTER_SIZE;
        for (Part part : parts) {
            if (!part.numbered()) {
                continue;
            }
            int total = part.pages().size();
            for (int i = 0; i < total; i++) {
                PdfTemplate footer = part.pages().get(i);
                String page = "Page " + (i + 1) + " of " + total;
                List<TextRuns.Run> label = fitted(part.label(), width() - GAP - face.getWidthPoint(page, size));
                footer.beginText();
                float x = 0;
                BaseFont current = null;
                for (TextRuns.Run run : label) {
                    current = setFace(footer, current, run.face());
                    footer.showTextAligned(Element.ALIGN_LEFT, run.text(), x, size / 2, 0);
                    x += run.face().getWidthPoint(run.text(), size);
                }
                setFace(footer, current, face);
                footer.showTextAligned(Element.ALIGN_RIGHT, page, footer.getWidth(), size / 2, 0);
                footer.endText();
            }
        }
    }

    /** Sets {@code face} unless it is the one set already. */
    private static BaseFont setFace(PdfTemplate footer, BaseFont current, BaseFont face) {
        if (face != current) {
            footer.setFontAndSize(face, HouseStyle.FOOTER_SIZE);
        }
        return face;
    }

    /** Pages of each part, in order. */
    List<Integer> pageCounts() {
        return parts.stream().map(p -> p.pages().size()).toList();
    }

    /** A long name is cut at a word and ends in an ellipsis rather than run into the page number. */
    private List<TextRuns.Run> fitted(String label, float room) {
        if (width(runs(label)) <= room) {
            return runs(label);
        }
        String s = label;
        while (s.lastIndexOf(' ') > 0) {
            s = s.substring(0, s.lastIndexOf(' ')).replaceAll("[,;:]$", "");
            if (width(runs(s + "\u2026")) <= room) {
                break;
            }
        }
        return runs(s + "\u2026");
    }

    private List<TextRuns.Run> runs(String text) {
        return style.runs(TextStyle.of(HouseStyle.FOOTER_SIZE), text);
    }

    private static float width(List<TextRuns.Run> runs) {
        return (float) runs.stream().mapToDouble(r -> r.face().getWidthPoint(r.text(), HouseStyle.FOOTER_SIZE)).sum();
    }

    private static float width() {
        return HouseStyle.PAGE.getWidth() - 2 * HouseStyle.MARGIN;
    }
}
