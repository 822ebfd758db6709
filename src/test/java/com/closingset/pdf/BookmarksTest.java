package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.BookmarkPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.Test;

/**
 * Headings become the PDF's bookmarks, nested by level, each going to its heading's page; in a
 * binder each document is a top-level bookmark with its own headings under it.
 */
class BookmarksTest {
    private static final String AGREEMENT = "# Agreement\n\nIntro.\n\n## 1. Terms\n\nText.\n\n### (a) Detail\n\nMore.\n\n"
            + "## 2. **Signatures**\n\n" + "Long paragraph of filler text for the page. ".repeat(120) + "\n";

    /** "title@page" of each bookmark under node, depth first, indented two spaces a level. */
    static List<String> tree(PDDocument doc, PDOutlineNode node, String indent) throws IOException {
        List<String> out = new ArrayList<>();
        for (PDOutlineItem item : node.children()) {
            out.add(indent + item.getTitle() + "@" + BookmarkPage.of(doc, item));
            out.addAll(tree(doc, item, indent + "  "));
        }
        return out;
    }

    /** {@code documents} drawn each alone, as the build draws them, then bound. */
    static List<Integer> bind(PdfPart cover, PdfBinder.Contents contents, List<PdfPart> documents, ByteArrayOutputStream out)
            throws IOException {
        PdfRenderer renderer = new PdfRenderer();
        List<byte[]> drawn = new ArrayList<>();
        for (PdfPart d : documents) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            renderer.render(d.markdown(), RenderedPdf.METADATA.titled(d.label()), pdf);
            drawn.add(pdf.toByteArray());
        }
        return new PdfBinder(renderer).bind(cover, contents, documents, drawn::get, RenderedPdf.METADATA, out);
    }

    /** A binder's contents that does not depend on the page counts. */
    static PdfBinder.Contents contents(String markdown) {
        return new PdfBinder.Contents() {
            @Override
            public String label() {
                return "Contents";
            }

            @Override
            public String markdown(int coverPages, List<Integer> documentPages) {
                return markdown;
            }
        };
    }

    @Test
    void headingsNestByLevelAndGoToTheirPage() throws Exception {
        RenderedPdf pdf = RenderedPdf.of(AGREEMENT + "## 3. After\n\nEnd.\n");
        try (PDDocument doc = pdf.load()) {
            assertThat(tree(doc, doc.getDocumentCatalog().getDocumentOutline(), "")).containsExactly(
                    "Agreement@1", "  1. Terms@1", "    (a) Detail@1", "  2. Signatures@1", "  3. After@" + pdf.pages());
        }
        assertThat(pdf.pages()).isGreaterThan(1);
    }

    @Test
    void inABinderEachDocumentIsATopLevelBookmarkOnItsFirstPage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> pages = bind(new PdfPart("# Cover\n", "Cover", false),
                contents("## Documents\n\nAgreement, then Warrant.\n"),
                List.of(PdfPart.numbered(AGREEMENT, "Exhibit 1.1: Agreement"),
                        PdfPart.numbered("# Warrant\n\n## 1. Terms\n\nText.\n", "Exhibit 4.1: Warrant")), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            int agreement = 1 + pages.get(0) + pages.get(1);
            int warrant = agreement + pages.get(2);
            assertThat(tree(doc, doc.getDocumentCatalog().getDocumentOutline(), "")).containsExactly(
                    "Cover@1", "  Cover@1", "Contents@2", "  Documents@2",
                    "Exhibit 1.1: Agreement@" + agreement, "  Agreement@" + agreement, "    1. Terms@" + agreement,
                    "      (a) Detail@" + agreement, "    2. Signatures@" + agreement,
                    "Exhibit 4.1: Warrant@" + warrant, "  Warrant@" + warrant, "    1. Terms@" + warrant);
            assertThat(doc.getNumberOfPages()).isEqualTo(warrant);
        }
    }
}
