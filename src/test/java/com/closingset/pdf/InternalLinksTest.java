package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.api.Test;

/**
 * A Markdown link to a heading ({@code [Table of Contents](#table-of-contents)}) is a live link to
 * that heading's page; in a binder it stays within its own document, and {@code #document-n} reaches
 * the binder's n-th document.
 */
class InternalLinksTest {
    private static final String WITH_CONTENTS = "## Table of Contents\n\nItems.\n\n" + "Filler paragraph. ".repeat(400)
            + "\n\n[Table of Contents](#table-of-contents)\n";

    /** The page (1-based) each internal link on a page of the document goes to, in page order. */
    private static List<String> links(PDDocument doc) throws Exception {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo) {
                    PDPageDestination target = goTo.getDestination() instanceof PDNamedDestination named
                            ? doc.getDocumentCatalog().findNamedDestinationPage(named)
                            : (PDPageDestination) goTo.getDestination();
                    out.add((i + 1) + "->" + (target == null ? "nowhere" : String.valueOf(target.retrievePageNumber() + 1)));
                }
            }
        }
        return out;
    }

    @Test
    void aLinkToAHeadingGoesToItsPage() throws Exception {
        RenderedPdf pdf = RenderedPdf.of(WITH_CONTENTS);
        assertThat(pdf.pages()).isGreaterThan(1);
        try (PDDocument doc = pdf.load()) {
            assertThat(links(doc)).containsExactly(pdf.pages() + "->1");
        }
    }

    @Test
    void inABinderEachDocumentsLinksStayInThatDocument() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> pages = BookmarksTest.bind(new PdfPart("# Cover\n", "Cover", false),
                BookmarksTest.contents("# Contents\n\n[Second document](#document-4)\n"),
                List.of(PdfPart.numbered(WITH_CONTENTS, "First"), PdfPart.numbered(WITH_CONTENTS, "Second")), out);
        int first = 1 + pages.get(0) + pages.get(1);
        int second = first + pages.get(2);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(links(doc)).containsExactly("2->" + second,
                    (second - 1) + "->" + first,
                    (second + pages.get(3) - 1) + "->" + second);
        }
    }
}
