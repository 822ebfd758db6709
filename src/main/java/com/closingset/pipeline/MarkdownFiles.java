package com.closingset.pipeline;

import com.closingset.assemble.AssembledDocument;
import com.closingset.layout.SetLayout;
import java.util.List;

/** Each document's Markdown, as assembled: the file a reviewer reads as a diff. */
final class MarkdownFiles implements Renderer {

    @Override
    public List<Drawing> drawings(MarkdownSet set, SetMetadata metadata) {
        return set.documents().stream().map(MarkdownFiles::drawing).toList();
    }

    private static Drawing drawing(AssembledDocument d) {
        return Drawing.of(SetLayout.markdown(d.output()), List.of(d.text().sha256()), false, (out, bound) -> {
            out.write(d.text().utf8());
            return Drawing.Drawn.pages(0);
        });
    }
}
