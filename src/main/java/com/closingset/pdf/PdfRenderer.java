package com.closingset.pdf;

import com.closingset.markdown.MarkdownDialect;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import com.vladsch.flexmark.parser.Parser;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Markdown (CommonMark and GFM tables) to PDF, drawn straight from Flexmark's syntax tree with
 * OpenPDF: one document, or a volume of several (the blacklines), each starting on a new page with its own footer,
 * page numbers and bookmark. The same Markdown and metadata always give the same bytes.
 * Synchronized because each render re-seeds the fonts' subset tags for its own file.
 */
public final class PdfRenderer {
    private final HouseStyle house;
    private final Parser parser;
    private final HandlerTable<BlockContext> blocks = BlockHandlers.table();
    private final HandlerTable<InlineContext> inlines;
    private final boolean changeBars;
    private final RunningHeader header;

    /** A renderer falling back to the system's fonts where Liberation has no glyph. */
    public PdfRenderer() {
        this(FontChain.system());
    }

    /** Loads the fonts and builds the parser once; the renderer can then be reused for many documents. */
    public PdfRenderer(FontChain fonts) {
        this(fonts, MarkdownDialect.parser(), InlineHandlers.table(), false, null);
    }

    private PdfRenderer(FontChain fonts, Parser parser, HandlerTable<InlineContext> inlines, boolean changeBars,
                        RunningHeader header) {
        this.house = new HouseStyle(fonts);
        this.header = header;
        this.parser = parser;
        this.inlines = inlines;
        this.changeBars = changeBars;
    }

    /**
     * A renderer for redlines: the same house style, but {@code ~~deleted~~} is drawn red and struck
     * through, {@code ++inserted++} blue and double-underlined, and every line holding either gets a
     * change bar in the left margin. The ordinary renderer knows neither syntax, so a document's own
     * tildes and pluses never turn into marks there.
     */
    public static PdfRenderer blackline() {
        return blackline(FontChain.system());
    }

    /** A blackline renderer falling back to {@code fonts}. */
    public static PdfRenderer blackline(FontChain fonts) {
        return new PdfRenderer(fonts, MarkdownDialect.redlineParser(), InlineHandlers.blacklineTable(), true, null);
    }

    /** A blackline renderer whose every page is headed by {@code header}: the two versions compared. */
    public static PdfRenderer blackline(RunningHeader header) {
        return new PdfRenderer(FontChain.system(), MarkdownDialect.redlineParser(), InlineHandlers.blacklineTable(), true,
                Objects.requireNonNull(header, "header"));
    }

    /**
     * The document ID {@link #render} gives the PDF of {@code markdown}: a digest of it and the
     * metadata (the engine's version among them), so that a file can be shown drawn from them.
     */
    public static String documentId(String markdown, PdfMetadata metadata) {
        return PdfFileId.hex(Fingerprint.of(List.of(PdfPart.numbered(markdown, metadata.title())), metadata));
    }

    /**
     * Renders one document, its footer naming it by the metadata's title; returns the number of pages.
     * {@code out} is written but not closed.
     */
    public int render(String markdown, PdfMetadata metadata, OutputStream out) throws IOException {
        Objects.requireNonNull(markdown, "markdown");
        return render(PdfPart.numbered(markdown, Objects.requireNonNull(metadata, "metadata").title()), metadata, out);
    }

    /**
     * Renders one part as a file of its own (a binder's cover or contents, to be bound); returns the
     * number of pages. {@code out} is written but not closed.
     */
    public synchronized int render(PdfPart part, PdfMetadata metadata, OutputStream out) throws IOException {
        Objects.requireNonNull(metadata, "metadata");
        File file = new File(List.of(part), metadata, out, false);
        try {
            file.open();
            file.part(part, 1, file.writer.getRootOutline());
            file.document.close();
            return file.footer.pageCounts().get(0);
        } catch (UnprintableText e) {
            // Not a failure of the drawing but of what it was given: the caller says which document.
            throw e;
        } catch (RuntimeException e) {
            throw file.failure(e);
        }
    }

    /**
     * Renders several documents as one file, without contents: each from a new page with its own
     * footer and page count, each a top-level bookmark with its headings under it and its local
     * links kept within it. Returns each part's pages, in order.
     */
    public synchronized List<Integer> renderVolume(List<PdfPart> parts, PdfMetadata metadata, OutputStream out) throws IOException {
        Objects.requireNonNull(metadata, "metadata");
        File file = new File(parts, metadata, out, true);
        try {
            file.writer.setLinearPageMode();
            file.open();
            for (int i = 0; i < parts.size(); i++) {
                file.part(parts.get(i), i + 1, file.entry(i + 1, parts.get(i).label()));
            }
            file.document.close();
            return file.footer.pageCounts();
        } catch (UnprintableText e) {
            // Not a failure of the drawing but of what it was given: the caller says which document.
            throw e;
        } catch (RuntimeException e) {
            throw file.failure(e);
        }
    }

    /** One PDF being written: its OpenPDF document and writer, and its footer. */
    private final class File {
        final Document document;
        final PdfWriter writer;
        final RunningFooter footer = new RunningFooter(house);
        private final String title;
        private final boolean volume;

        File(List<PdfPart> parts, PdfMetadata metadata, OutputStream out, boolean volume) {
            Objects.requireNonNull(out, "out");
            this.title = metadata.title();
            this.volume = volume;
            byte[] fingerprint = Fingerprint.of(parts, metadata);
            house.seed(fingerprint);
            document = new Document(HouseStyle.PAGE, HouseStyle.MARGIN, HouseStyle.MARGIN, HouseStyle.MARGIN, HouseStyle.MARGIN);
            writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            // Justify by widening the spaces only, as word processors do: letter-spaced lines look
            // gappy in a contract, and the spacing after a line's last letter would overhang the margin.
            writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
            writer.setPageEvent(footer);
            if (changeBars) {
                writer.setPageEvent(new ChangeBars());
            }
            if (header != null) {
                writer.setPageEvent(header.event(footer));
            }
            InfoDictionary.fill(document, writer, metadata, fingerprint);
            PdfA.declare(writer);
        }

        /** Opens the document for drawing, with the PDF/A output intent that must follow the opening. */
        void open() throws IOException {
            document.open();
            PdfA.addOutputIntent(writer);
        }

        /** The volume's top-level bookmark for part {@code n}, going to where that part starts. */
        PdfOutline entry(int n, String label) {
            return new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(HeadingAnchors.documentStart(n), false), label, false);
        }

        /** Lays out one document from a new page; its headings' bookmarks go under {@code outline}. */
        void part(PdfPart part, int n, PdfOutline outline) {
            document.newPage();
            footer.startPart(part.label(), part.numbered(), writer);
            HeadingAnchors anchors = new HeadingAnchors("");
            if (volume) {
                writer.getDirectContent().localDestination(HeadingAnchors.documentStart(n),
                        new PdfDestination(PdfDestination.FITH, HouseStyle.PAGE.getHeight()));
                anchors = new HeadingAnchors("d" + n + "-");
            }
            PageFlow flow = new PageFlow(document, writer, new Outline(outline));
            if (!part.numbered()) {
                // OpenPDF drops space asked for at a page's top, but not a line that is this tall.
                flow.add(new Paragraph(HouseStyle.TITLE_DROP, "\u00A0", house.body()));
            }
            blocks.render(LayoutBlock.gathered(parser.parse(part.markdown())),
                    BlockContext.root(flow, house, anchors, blocks, inlines, !part.numbered()));
            // An empty document still gets its one (blank, numbered) page instead of none; any other
            // keeps only pages with something on them.
            if (flow.blank()) {
                writer.setPageEmpty(false);
            }
        }

        IOException failure(Exception e) {
            return new IOException("cannot render PDF \"" + title + "\": " + e.getMessage(), e);
        }
    }
}
