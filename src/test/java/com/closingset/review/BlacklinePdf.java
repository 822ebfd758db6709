package com.closingset.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import java.awt.geom.Rectangle2D;

/** A blackline PDF read back with PDFBox: its pages' text, the band above the text block, its top-level bookmarks. */
final class BlacklinePdf implements AutoCloseable {
    /** The page's top margin, where a running header stands: an inch, in points. */
    private static final float MARGIN = 72f;

    record Bookmark(String title, int page) {
    }

    private final PDDocument pdf;

    BlacklinePdf(byte[] bytes) throws IOException {
        pdf = Loader.loadPDF(bytes);
    }

    int pages() {
        return pdf.getNumberOfPages();
    }

    /** The text of pages {@code first} to {@code last}, counted from 1. */
    String text(int first, int last) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(first);
        stripper.setEndPage(last);
        return stripper.getText(pdf);
    }

    /** What is printed in the top margin of page {@code page}, above the text block. */
    String header(int page) throws IOException {
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        area.addRegion("header", new Rectangle2D.Float(0, 0, pdf.getPage(page - 1).getMediaBox().getWidth(), MARGIN));
        area.extractRegions(pdf.getPage(page - 1));
        return area.getTextForRegion("header").strip();
    }

    List<Bookmark> topLevelBookmarks() throws IOException {
        List<Bookmark> out = new ArrayList<>();
        if (pdf.getDocumentCatalog().getDocumentOutline() == null) {
            return out;
        }
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            PDNamedDestination named = (PDNamedDestination) ((PDActionGoTo) item.getAction()).getDestination();
            out.add(new Bookmark(item.getTitle(), pdf.getDocumentCatalog().findNamedDestinationPage(named).retrievePageNumber() + 1));
        }
        return out;
    }

    /** The page each link on pages {@code from} to {@code to} goes to within the file, in order (0 where it goes nowhere). */
    List<Integer> linkedPages(int from, int to) throws IOException {
        List<Integer> out = new ArrayList<>();
        for (int p = from; p <= to; p++) {
            for (PDAnnotation a : pdf.getPage(p - 1).getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo) {
                    PDPageDestination target = goTo.getDestination() instanceof PDNamedDestination named
                            ? pdf.getDocumentCatalog().findNamedDestinationPage(named) : (PDPageDestination) goTo.getDestination();
                    out.add(target == null ? 0 : target.retrievePageNumber() + 1);
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        pdf.close();
    }
}
