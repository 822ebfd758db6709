package com.closingset.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A Markdown document rendered by {@link PdfRenderer}, read back with PDFBox. */
record RenderedPdf(byte[] bytes, int pages) {
    static final Instant DATE = Instant.parse("2007-01-18T00:00:00Z");
    static final PdfMetadata METADATA = new PdfMetadata("Form 8-K", "Capstone Turbine Corporation 2007 offering",
            "Capstone Turbine Corporation", "capstone-2007", "ClosingSet test", DATE);

    /** Glyph as PDFBox places it: x from the left edge, y of the baseline from the top edge, in points. */
    record Glyph(int page, String text, float x, float y, float width, float size, String font) {
        float right() {
            return x + width;
        }

        /**
         * Where the glyph meets the margin it is aligned to. OpenPDF hangs a justified line's closing
         * {@code . , ; : '} 40% of its width into the right margin (optical alignment), so for those
         * the aligned edge is the remaining 60%.
         */
        float alignedRight() {
            return ".,;:'".contains(text) ? x + 0.6f * width : right();
        }
    }

    /** A straight line the page strokes (a rule, an underline, a border): its ends, y from the top edge, in points. */
    record Stroke(int page, float x1, float y1, float x2, float y2) {
        boolean horizontal() {
            return Math.abs(y1 - y2) < 0.01f;
        }

        float length() {
            return (float) Math.hypot(x2 - x1, y2 - y1);
        }
    }

    /** A rectangle the page strokes (a table cell's border): y from the top edge, in points. */
    record Box(int page, float left, float top, float right, float bottom) {
        float height() {
            return bottom - top;
        }
    }

    static RenderedPdf of(String markdown) throws IOException {
        return of(new PdfRenderer(), markdown, METADATA);
    }

    static RenderedPdf of(PdfRenderer renderer, String markdown, PdfMetadata metadata) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = renderer.render(markdown, metadata, out);
        return new RenderedPdf(out.toByteArray(), pages);
    }

    static String fixture(String name) {
        try (InputStream in = RenderedPdf.class.getResourceAsStream("/pdf/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDDocument load() throws IOException {
        return Loader.loadPDF(bytes);
    }

    String text() throws IOException {
        try (PDDocument pdf = load()) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /**
     * The text in reading order, top to bottom and left to right: a table's cells are written to the
     * page after the text that follows them, so {@link #text()} puts them out of order.
     */
    String textInReadingOrder() throws IOException {
        try (PDDocument pdf = load()) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf);
        }
    }

    String pageText(int page) throws IOException {
        try (PDDocument pdf = load()) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(pdf);
        }
    }

    /** The lines of one page, each stripped, blank ones and the footer dropped. */
    List<String> pageLines(int page) throws IOException {
        return pageText(page).lines().map(l -> l.replace('\u00A0', ' ').strip())
                .filter(l -> !l.isEmpty() && !l.matches(".*Page \\d+ of \\d+")).toList();
    }

    /** The page (from 1) whose text holds a line starting with {@code start}, or 0 if none does. */
    int pageOf(String start) throws IOException {
        for (int page = 1; page <= pages; page++) {
            if (pageLines(page).stream().anyMatch(l -> l.startsWith(start))) {
                return page;
            }
        }
        return 0;
    }

    /** The text as lines, each stripped, blank ones dropped. */
    List<String> lines() throws IOException {
        return text().lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }

    List<Glyph> glyphs() throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument pdf = load()) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    glyphs.add(new Glyph(getCurrentPageNo(), t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(),
                            t.getWidthDirAdj(), t.getFontSizeInPt(), t.getFont().getName()));
                }
            };
            stripper.getText(pdf);
        }
        return glyphs;
    }

    /** Every straight segment stroked on every page, in drawing order. */
    List<Stroke> strokes() throws IOException {
        List<Stroke> strokes = new ArrayList<>();
        try (PDDocument pdf = load()) {
            for (int n = 0; n < pdf.getNumberOfPages(); n++) {
                PDPage page = pdf.getPage(n);
                new StrokeCollector(page, n + 1, strokes).processPage(page);
            }
        }
        return strokes;
    }

    /** Every rectangle stroked on every page, in drawing order. */
    List<Box> strokedBoxes() throws IOException {
        List<Box> boxes = new ArrayList<>();
        try (PDDocument pdf = load()) {
            for (int n = 0; n < pdf.getNumberOfPages(); n++) {
                PDPage page = pdf.getPage(n);
                new StrokeCollector(page, n + 1, new ArrayList<>(), boxes).processPage(page);
            }
        }
        return boxes;
    }

    /** The glyphs of the first occurrence of {@code word} in reading order. */
    List<Glyph> glyphsOf(String word) throws IOException {
        List<Glyph> all = glyphs();
        String text = all.stream().map(Glyph::text).collect(Collectors.joining());
        // Every glyph maps to one character in these documents (no ligatures), so indexes line up.
        int at = text.indexOf(word);
        if (at < 0 || text.length() != all.size()) {
            throw new AssertionError("\"" + word + "\" not found as glyphs in: " + text);
        }
        return all.subList(at, at + word.length());
    }
}
