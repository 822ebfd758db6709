package com.closingset.pipeline;

import com.closingset.assemble.MarkdownOutputFormat;
import com.closingset.assemble.PackedText;
import com.closingset.pdf.FontChain;
import com.closingset.pdf.PdfMetadata;
import com.closingset.pdf.PdfPart;
import com.closingset.pdf.PdfRenderer;
import com.closingset.deal.Deal;
import com.closingset.layout.SetLayout;
import com.closingset.pdf.UnprintableText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code closing-set.pdf}: the whole set in one file for signing and filing, bound as a closing
 * volume: a cover (the kit's cover template), an index giving each document a tab number and its
 * first page, then every document on a new
 * page, each a top-level bookmark. It is drawn beside the documents' own PDFs, on a renderer of its
 * own, and binds them: the pipeline checks that each took as many pages bound as alone.
 */
final class Binder implements Renderer {
    private static final MarkdownOutputFormat MD = MarkdownOutputFormat.INSTANCE;
    private final RendererPool renderers = new RendererPool();

    /** A document as the binder lists it; its Markdown is unpacked only when it is drawn. */
    private record Entry(String exhibit, String title, String label, PackedText text) {
    }

    @Override
    public List<Drawing> drawings(MarkdownSet set, SetMetadata metadata) {
        PdfMetadata own = metadata.pdf(set.deal(), title(set.deal()));
        List<Entry> entries = set.documents().stream().map(d -> new Entry(d.exhibit(), d.title(),
                d.displayTitle(), d.text())).toList();
        FontChain fonts = FontChain.forKit(set.deal().kit().folder());
        List<String> inputs = new ArrayList<>(SetMetadata.fields(own));
        inputs.add(set.cover());
        inputs.add(fonts.identity());
        entries.forEach(e -> inputs.addAll(List.of(e.exhibit(), e.title(), e.label())));
        List<String> binds = set.documents().stream().map(d -> SetLayout.pdf(d.output())).toList();
        return List.of(new Drawing(SetLayout.BINDER, inputs, binds, true, out -> {
            try {
                PdfRenderer pdf = renderers.take(fonts);
                try {
                    return bind(pdf, set.cover(), entries, own, out);
                } finally {
                    renderers.giveBack(fonts, pdf);
                }
            } catch (UnprintableText e) {
                throw DocumentPdfs.unprintable(SetLayout.BINDER, set.cover(), e);
            }
        }));
    }

    /** The binder PDF's title, which the index also lists it by. */
    static String title(Deal deal) {
        return "Closing Set: " + deal.name();
    }

    /** Draws the binder into {@code out} (not closed), streamed: a large deal's binder is never whole in memory. */
    private static Drawing.Drawn bind(PdfRenderer pdf, String cover, List<Entry> entries, PdfMetadata metadata, OutputStream out)
            throws IOException {
        int coverPages = pdf.render(cover, metadata, OutputStream.nullOutputStream());
        // The contents' length moves every page number after it, so it is settled first, with the widest
        // page numbers the binder could need: the numbers themselves do not change its line count.
        int contentsPages = pdf.render(contents(entries, 1, entries.stream().map(e -> 9999).toList()), metadata,
                OutputStream.nullOutputStream());
        int firstDocumentPage = coverPages + contentsPages + 1;
        PdfRenderer.Contents toc = new PdfRenderer.Contents() {
            @Override
            public String label() {
                return "Index";
            }

            @Override
            public String markdown(List<Integer> documentPages) {
                return contents(entries, firstDocumentPage, documentPages);
            }
        };
        List<Integer> pages = pdf.renderBinder(new PdfPart(cover, "Cover", false), toc,
                entries.stream().map(e -> PdfPart.numbered(e.text()::text, e.label())).toList(), metadata, out);
        if (pages.get(0) != coverPages || pages.get(1) != contentsPages) {
            throw new IllegalStateException("the binder's cover and contents took " + pages.subList(0, 2) + " pages, not "
                    + List.of(coverPages, contentsPages) + "; its page numbers would be wrong");
        }
        return new Drawing.Drawn(pages.stream().mapToInt(Integer::intValue).sum(), pages.subList(2, pages.size()));
    }

    /**
     * The index, as a closing volume's: each document behind a tab of its own, numbered from 1 in
     * order, with its exhibit number and the page it starts on, from {@code firstPage}, each
     * taking its {@code pages}.
     */
    private static String contents(List<Entry> entries, int firstPage, List<Integer> pages) {
        StringBuilder s = new StringBuilder("# Index\n\n| Tab | Exhibit | Document | Page |\n|---|---|---|---|\n");
        int page = firstPage;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            // Documents are parts 3, 4, ... of the binder, after the cover and the index.
            s.append("| ").append(i + 1).append(" | ").append(MD.escapePlainText(e.exhibit()))
                    .append(" | [").append(MD.escapePlainText(e.title())).append("](#document-").append(i + 3).append(")")
                    .append(" | ").append(page).append(" |\n");
            page += pages.get(i);
        }
        return s.toString();
    }
}
