package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A binder's contents draw themselves alone to learn their length; the binder binds that PDF rather
 * than draw it again, but only when its document ID says it is the contents' Markdown drawn with
 * the binder's own metadata.
 */
class TheBinderBindsTheContentsAsTheyMeasuredThemTest {
    private static final PdfPart COVER = new PdfPart("# Cover\n", "Cover", false);
    private static final List<PdfPart> DOCUMENTS = List.of(PdfPart.numbered("# Agreement\n\nTerms.\n", "Agreement"));
    private static final String CONTENTS = "# Contents\n\nThe right contents.\n";

    @Test
    void theContentsAsMeasuredGiveTheSameBinderAsDrawnAgain() throws Exception {
        byte[] measured = drawnAlone(CONTENTS, RenderedPdf.METADATA.titled("Contents"));
        assertThat(bound(measuring(measured))).isEqualTo(bound(BookmarksTest.contents(CONTENTS)));
    }

    @Test
    void aPdfOfOtherMarkdownIsNotBound() throws Exception {
        byte[] other = drawnAlone("# Contents\n\nThe wrong contents.\n", RenderedPdf.METADATA.titled("Contents"));
        assertThat(text(bound(measuring(other)))).contains("The right contents.").doesNotContain("wrong");
    }

    @Test
    void aPdfDrawnWithOtherMetadataIsNotBound() throws Exception {
        byte[] other = drawnAlone(CONTENTS, RenderedPdf.METADATA.titled("Another title"));
        assertThat(bound(measuring(other))).isEqualTo(bound(BookmarksTest.contents(CONTENTS)));
    }

    private static PdfBinder.Contents measuring(byte[] pdf) {
        PdfBinder.Contents plain = BookmarksTest.contents(CONTENTS);
        return new PdfBinder.Contents() {
            @Override
            public String label() {
                return plain.label();
            }

            @Override
            public String markdown(int coverPages, List<Integer> documentPages) {
                return plain.markdown(coverPages, documentPages);
            }

            @Override
            public Optional<byte[]> drawnAlone(String markdown) {
                return Optional.of(pdf);
            }
        };
    }

    private static byte[] drawnAlone(String markdown, PdfMetadata metadata) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfRenderer().render(markdown, metadata, pdf);
        return pdf.toByteArray();
    }

    private static byte[] bound(PdfBinder.Contents contents) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BookmarksTest.bind(COVER, contents, DOCUMENTS, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
