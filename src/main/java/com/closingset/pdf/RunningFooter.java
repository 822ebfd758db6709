package com.closingset.pdf;

import com.ibm.icu.text.BreakIterator;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The line under the text block of every page: the document's name at the left, "Page X of Y" at
 * the right, counted within the document (in a binder each document counts its own pages). The
 * total is unknown until the document ends, so each page gets an empty template, filled when the
 * next document starts or the file closes. One instance per PDF.
 */
final class RunningFooter extends PdfPageEventHelper {
    /** Baseline of the footer, halfway down the bottom margin. */
    private static final float BASELINE = HouseStyle.MARGIN / 2;
    private static final float GAP = 18f;

    /** A document's pages: their footers, until filled and written out, and how many there are. */
    private static final class Part {
        final String label;
        final boolean numbered;
        List<PdfTemplate> footers = new ArrayList<>();
        int pages;

        Part(String label, boolean numbered) {
            this.label = label;
            this.numbered = numbered;
        }
    }

    private final HouseStyle style;
    private final List<Part> parts = new ArrayList<>();

    RunningFooter(HouseStyle style) {
        this.style = style;
    }

    /**
     * The pages from here on belong to a document named {@code label}; unnumbered ones (a cover) get no
     * footer. The document before is done: its footers are filled and written out by {@code writer}.
     */
    void startPart(String label, boolean numbered, PdfWriter writer) {
        if (!parts.isEmpty()) {
            // Filled and written out as soon as the document is done: held until the file closed,
            // a binder of 240,000 pages had their footers fill a 512 MB heap.
            Part done = parts.get(parts.size() - 1);
            fill(done);
            for (PdfTemplate footer : done.footers) {
                try {
                    writer.releaseTemplate(footer);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            done.footers = List.of();
        }
        parts.add(new Part(label, numbered));
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        Part part = parts.get(parts.size() - 1);
        PdfTemplate footer = writer.getDirectContent().createTemplate(width(), 2 * HouseStyle.FOOTER_SIZE);
        part.footers.add(footer);
        part.pages++;
        if (part.numbered) {
            writer.getDirectContent().addTemplate(footer, HouseStyle.MARGIN, BASELINE - HouseStyle.FOOTER_SIZE / 2);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        if (!parts.isEmpty()) {
            fill(parts.get(parts.size() - 1));
        }
    }

    /** Writes "Page X of Y" into each of a finished document's footers. */
    private void fill(Part part) {
        if (!part.numbered) {
            return;
        }
        BaseFont face = style.footerFace();
        float size = HouseStyle.FOOTER_SIZE;
        int total = part.pages;
        for (int i = 0; i < total; i++) {
            PdfTemplate footer = part.footers.get(i);
            String page = "Page " + (i + 1) + " of " + total;
            List<TextRuns.Run> label = fitted(part.label, width() - GAP - face.getWidthPoint(page, size));
            footer.beginText();
            BaseFont current = show(footer, label, 0, size / 2);
            setFace(footer, current, face);
            footer.showTextAligned(Element.ALIGN_RIGHT, page, footer.getWidth(), size / 2, 0);
            footer.endText();
        }
    }

    /**
     * Shows {@code runs} from {@code x} on {@code baseline}, inside a text object already begun;
     * returns the face last set.
     */
    static BaseFont show(PdfContentByte canvas, List<TextRuns.Run> runs, float x, float baseline) {
        BaseFont current = null;
        for (TextRuns.Run run : runs) {
            current = setFace(canvas, current, run.face());
            canvas.showTextAligned(Element.ALIGN_LEFT, run.text(), x, baseline, 0);
            x += run.face().getWidthPoint(run.text(), HouseStyle.FOOTER_SIZE);
        }
        return current;
    }

    /** Sets {@code face} unless it is the one set already. */
    private static BaseFont setFace(PdfContentByte footer, BaseFont current, BaseFont face) {
        if (face != current) {
            footer.setFontAndSize(face, HouseStyle.FOOTER_SIZE);
        }
        return face;
    }

    /** Pages of each part, in order. */
    List<Integer> pageCounts() {
        return parts.stream().map(p -> p.pages).toList();
    }

    /**
     * A long name is cut at a word and ends in an ellipsis rather than run into the page number; a
     * first word too long for the room (a name in a script written without spaces, say) is cut
     * between two characters as a reader sees them, never inside one.
     */
    List<TextRuns.Run> fitted(String label, float room) {
        if (width(runs(label)) <= room) {
            return runs(label);
        }
        String s = label;
        while (s.lastIndexOf(' ') > 0) {
            s = s.substring(0, s.lastIndexOf(' ')).replaceAll("[,;:]$", "");
            if (fits(s, room)) {
                return runs(s + "\u2026");
            }
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(s);
        for (int end = characters.last(); end > 0; end = characters.previous()) {
            if (fits(s.substring(0, end), room)) {
                return runs(s.substring(0, end) + "\u2026");
            }
        }
        return runs("\u2026");
    }

    private boolean fits(String shortened, float room) {
        return width(runs(shortened + "\u2026")) <= room;
    }

    private List<TextRuns.Run> runs(String text) {
        return style.runs(TextStyle.of(HouseStyle.FOOTER_SIZE), text);
    }

    static float width(List<TextRuns.Run> runs) {
        return (float) runs.stream().mapToDouble(r -> r.face().getWidthPoint(r.text(), HouseStyle.FOOTER_SIZE)).sum();
    }

    private static float width() {
        return HouseStyle.PAGE.getWidth() - 2 * HouseStyle.MARGIN;
    }
}
