package com.closingset.pipeline;

import com.closingset.assemble.AssembledDocument;
import com.closingset.assemble.AssemblyException;
import com.closingset.layout.SetLayout;
import com.closingset.markdown.SourceText;
import com.closingset.pdf.FontChain;
import com.closingset.pdf.PdfMetadata;
import com.closingset.pdf.PdfFileId;
import com.closingset.pdf.PdfRenderer;
import com.closingset.pdf.UnprintableText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each document's own PDF. Drawings run on several threads at once; each takes a renderer (fonts
 * loaded) of its own from the pool and gives it back, so renderers outlive one deal's build.
 */
final class DocumentPdfs implements Renderer {
    private final RendererPool renderers = new RendererPool();

    @Override
    public List<Drawing> drawings(MarkdownSet set, SetMetadata metadata) {
        return set.documents().stream().map(d -> drawing(d, metadata.pdf(set.deal(), d.displayTitle()), set.fonts())).toList();
    }

    private Drawing drawing(AssembledDocument d, PdfMetadata metadata, FontChain fonts) {
        List<String> inputs = new ArrayList<>(SetMetadata.fields(metadata));
        // The Markdown's hash, not the Markdown: a drawing is held until drawn, and 20,000 texts would fill the heap.
        inputs.add(d.text().sha256());
        inputs.add(fonts.identity());
        // The document ID is asked only of a PDF that might be taken over.
        FileProof proof = file -> PdfFileId.of(file).equals(Optional.of(PdfRenderer.documentId(d.markdown(), metadata)));
        return Drawing.of(SetLayout.pdf(d.output()), inputs, proof, (out, bound) -> {
            String markdown = d.markdown();
            PdfRenderer pdf = renderers.take(fonts);
            try {
                return Drawing.Drawn.pages(pdf.render(markdown, metadata, out));
            } catch (UnprintableText e) {
                throw unprintable(SetLayout.markdown(d.output()), markdown, e);
            } finally {
                renderers.giveBack(fonts, pdf);
            }
        });
    }

    /** A character the PDF cannot show, named at its line of the document's Markdown. */
    static AssemblyException unprintable(String file, String markdown, UnprintableText e) {
        return atCharacter(file, markdown, e.codePoint(), e);
    }

    /** A character a format cannot hold, named at its line of the document's Markdown. */
    static AssemblyException atCharacter(String file, String markdown, int codePoint, RuntimeException e) {
        // Typed as itself, or as a character reference the line's text does not show.
        int at = markdown.indexOf(Character.toString(codePoint));
        int line = SourceText.lineOf(markdown, Math.max(at, 0));
        return new AssemblyException(file + ":" + line + ": " + e.getMessage(), e);
    }
}
