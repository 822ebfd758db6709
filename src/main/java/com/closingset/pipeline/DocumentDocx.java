package com.closingset.pipeline;

import com.closingset.assemble.AssembledDocument;
import com.closingset.assemble.AssemblyException;
import com.closingset.assemble.KitTemplates;
import com.closingset.docx.DocxProperties;
import com.closingset.docx.DocxRenderer;
import com.closingset.docx.UnusablePaper;
import com.closingset.docx.UnwritableText;
import com.closingset.docx.WordPaper;
import com.closingset.layout.SetLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each document's Word file, on the kit's paper ({@code reference.docx}, or the house's). A file of a
 * previous build is taken over only when the document ID in its own properties is the one its
 * Markdown, properties and paper give now.
 */
final class DocumentDocx implements Renderer {

    @Override
    public List<Drawing> drawings(MarkdownSet set, SetMetadata metadata) {
        WordPaper paper = WordPaper.house();
        Optional<AssemblyException> unusable = Optional.empty();
        try {
            paper = WordPaper.forKit(set.deal().kit().folder(), KitTemplates.shownFolder(set.deal().kit()));
        } catch (UnusablePaper e) {
            // A kit's mistake, said by every Word file's drawing, the first of which stops the build.
            unusable = Optional.of(new AssemblyException(e.getMessage(), e));
        }
        DocxRenderer word = new DocxRenderer(paper);
        WordPaper on = paper;
        Optional<AssemblyException> refused = unusable;
        return set.documents().stream().map(d -> drawing(d, metadata.docx(set.deal(), d.displayTitle()), word, on, refused)).toList();
    }

    private static Drawing drawing(AssembledDocument d, DocxProperties properties, DocxRenderer word, WordPaper paper,
                                   Optional<AssemblyException> unusable) {
        List<String> inputs = new ArrayList<>(properties.fields());
        // The Markdown's hash, not the Markdown: a drawing is held until drawn.
        inputs.add(d.text().sha256());
        inputs.add(paper.identity());
        FileProof proof = file -> DocxRenderer.documentIdOf(file).equals(Optional.of(word.documentId(d.markdown(), properties)));
        return Drawing.of(SetLayout.docx(d.output()), inputs, proof, (out, bound) -> {
            if (unusable.isPresent()) {
                throw unusable.get();
            }
            String markdown = d.markdown();
            try {
                word.render(markdown, properties, out);
            } catch (UnwritableText e) {
                throw DocumentPdfs.atCharacter(SetLayout.markdown(d.output()), markdown, e.codePoint(), e);
            }
            return Drawing.Drawn.pages(0);
        });
    }
}
