package com.closingset.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfWriter;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * Markdown (CommonMark and GFM tables) to PDF, drawn straight from Flexmark's syntax tree with
 * OpenPDF. The same Markdown and metadata always give the same bytes.
 */
public final class PdfRenderer {
    private final HouseStyle house = new HouseStyle();
    private final Parser parser;
    private final HandlerTable<BlockContext> blocks = BlockHandlers.table();
    private final HandlerTable<InlineContext> inlines = InlineHandlers.table();

    /** Loads the fonts and builds the parser once; the renderer can then be reused for many documents. */
    public PdfRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        this.parser = Parser.builder(options).build();
    }

    /**
     * Renders markdown to out; returns the number of pages. {@code out} is written but not closed.
     * Synchronized because each render re-seeds the fonts' subset tags for its own document.
     */
    public synchronized int render(String markdown, PdfMetadata metadata, OutputStream out) throws IOException {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(out, "out");
        byte[] fingerprint = Fingerprint.of(markdown, metadata);
        house.faces().forEach(face -> face.setSecureRandom(new SubsetTagRandom(fingerprint, face.getPostscriptFontName())));
        Document document = new Document(HouseStyle.PAGE, HouseStyle.MARGIN, HouseStyle.MARGIN, HouseStyle.MARGIN, HouseStyle.MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            // Justify by widening the spaces only, as word processors do: letter-spaced lines look
            // gappy in a contract, and the spacing after a line's last letter would overhang the margin.
            writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
            PageNumberFooter footer = new PageNumberFooter(house);
            writer.setPageEvent(footer);
            InfoDictionary.fill(document, writer, metadata, fingerprint);
            document.open();
            PageFlow flow = new PageFlow(document, writer);
            blocks.render(parser.parse(markdown), BlockContext.root(flow, house, blocks, inlines));
            // An empty document still gets its one (blank, numbered) page instead of OpenPDF's "no pages" error;
            // any other keeps only pages with something on them.
            if (flow.blank()) {
                writer.setPageEmpty(false);
            }
            document.close();
            return footer.pageCount();
        } catch (RuntimeException e) {
            throw new IOException("cannot render PDF \"" + metadata.title() + "\": " + e.getMessage(), e);
        }
    }
}
