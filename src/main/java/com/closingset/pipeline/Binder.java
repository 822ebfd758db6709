package com.closingset.pipeline;

import com.closingset.assemble.AssemblyException;
import com.closingset.assemble.PackedText;
import com.closingset.pdf.FontChain;
import com.closingset.pdf.PdfMetadata;
import com.closingset.pdf.PdfBinder;
import com.closingset.pdf.PdfPart;
import com.closingset.pdf.PdfFileId;
import com.closingset.pdf.PdfRenderer;
import com.closingset.deal.Deal;
import com.closingset.layout.SetLayout;
import com.closingset.pdf.UnprintableText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code closing-set.pdf}: the whole set in one file for signing and filing, bound as a closing
 * volume: a cover (the kit's cover template), an index giving each document a tab number and its
 * first page, then every document's own PDF, page for page, each a top-level bookmark. Its
 * documents' pages are copied as they were drawn, not laid out again; the pipeline checks that
 * each took as many pages bound as alone.
 */
final class Binder implements Renderer {
    private static final String COVER = "Cover";
    private final RendererPool renderers = new RendererPool();

    /** A document as the binder lists it; its Markdown is unpacked only for the binder's fingerprint. */
    private record Entry(String exhibit, String title, String label, PackedText text) {
    }

    @Override
    public List<Drawing> drawings(MarkdownSet set, SetMetadata metadata) {
        PdfMetadata own = metadata.pdf(set.deal(), title(set.deal()));
        List<Entry> entries = set.documents().stream().map(d -> new Entry(d.exhibit(), d.title(),
                d.displayTitle(), d.text())).toList();
        FontChain fonts = set.fonts();
        List<String> inputs = new ArrayList<>(SetMetadata.fields(own));
        inputs.add(set.cover());
        inputs.add(fonts.identity());
        entries.forEach(e -> inputs.addAll(List.of(e.exhibit(), e.title(), e.label())));
        List<String> binds = set.documents().stream().map(d -> SetLayout.pdf(d.output())).toList();
        List<PdfPart> documents = entries.stream().map(e -> PdfPart.numbered(e.text()::text, e.label())).toList();
        PdfPart cover = new PdfPart(set.cover(), COVER, false);
        // Asked only of a binder that might be taken over: it reads every document's Markdown once more.
        FileProof proof = file -> PdfFileId.of(file).equals(Optional.of(PdfBinder.id(cover, BinderIndex.LABEL, documents, own)));
        return List.of(new Drawing(SetLayout.BINDER, inputs, binds, true, proof, (out, bound) -> {
            PdfRenderer pdf = renderers.take(fonts);
            try {
                return bind(pdf, fonts, cover, entries, documents, bound, own, out);
            } catch (UnprintableText e) {
                throw DocumentPdfs.unprintable(SetLayout.BINDER, set.cover(), e);
            } finally {
                renderers.giveBack(fonts, pdf);
            }
        }));
    }

    /** The binder PDF's title, which the index also lists it by. */
    static String title(Deal deal) {
        return "Closing Set: " + deal.name();
    }

    /** Binds the documents' drawn PDFs into {@code out} (not closed), streamed: a large deal's binder is never whole in memory. */
    private Drawing.Drawn bind(PdfRenderer pdf, FontChain fonts, PdfPart cover, List<Entry> entries, List<PdfPart> documents,
                               Drawing.BoundFiles bound, PdfMetadata metadata, OutputStream out) throws IOException, AssemblyException {
        // The index is measured apart, on a renderer of its own; the binder binds the PDF it settled on.
        PdfMetadata apart = metadata.titled(BinderIndex.LABEL);
        BinderIndex index = new BinderIndex(entries.stream().map(e -> new BinderIndex.Entry(e.exhibit(), e.title())).toList(),
                markdown -> drawnApart(fonts, markdown, apart));
        List<Integer> pages = new PdfBinder(pdf).bind(cover, index, documents, bound::file, metadata, out);
        if (pages.get(1) != index.pages()) {
            throw new AssemblyException(SetLayout.BINDER + ": the index took " + pages.get(1) + " pages bound but "
                    + index.pages() + " laid out alone, so its page numbers would be wrong", null);
        }
        return new Drawing.Drawn(pages.stream().mapToInt(Integer::intValue).sum(), pages.subList(2, pages.size()));
    }

    /** {@code markdown} drawn as a document of its own, and the pages it takes. */
    private BinderIndex.Drawn drawnApart(FontChain fonts, String markdown, PdfMetadata metadata) {
        PdfRenderer ruler = renderers.take(fonts);
        try {
            java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
            int pages = ruler.render(markdown, metadata, pdf);
            return new BinderIndex.Drawn(pages, pdf.toByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            renderers.giveBack(fonts, ruler);
        }
    }
}
