package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/**
 * Same Markdown and metadata, same bytes, whatever the wall clock: the dates come from the
 * metadata, and the file identifier and font subset tags from the input.
 */
class ReproducibleOutputTest {
    private static final String MARKDOWN = RenderedPdf.fixture("every-construct.md");

    @Test
    void renderingTwiceASecondApartGivesIdenticalBytes() throws Exception {
        PdfRenderer renderer = new PdfRenderer();
        RenderedPdf first = RenderedPdf.of(renderer, MARKDOWN, RenderedPdf.METADATA);
        Thread.sleep(1_100);
        RenderedPdf second = RenderedPdf.of(renderer, MARKDOWN, RenderedPdf.METADATA);
        RenderedPdf fromAnotherRenderer = RenderedPdf.of(new PdfRenderer(), MARKDOWN, RenderedPdf.METADATA);

        assertThat(second.bytes()).isEqualTo(first.bytes());
        assertThat(fromAnotherRenderer.bytes()).isEqualTo(first.bytes());
    }

    @Test
    void anotherDateGivesOtherBytesAndAnotherFileIdentifier() throws Exception {
        PdfRenderer renderer = new PdfRenderer();
        RenderedPdf january = RenderedPdf.of(renderer, MARKDOWN, RenderedPdf.METADATA);
        RenderedPdf february = RenderedPdf.of(renderer, MARKDOWN, withDate(Instant.parse("2007-02-01T00:00:00Z")));

        assertThat(february.bytes()).isNotEqualTo(january.bytes());
        assertThat(fileId(february)).isNotEqualTo(fileId(january));
    }

    @Test
    void theFileIdentifierIsOneValueWrittenTwice() throws Exception {
        try (var document = RenderedPdf.of(MARKDOWN).load()) {
            COSArray id = document.getDocument().getDocumentID();
            assertThat(id.size()).isEqualTo(2);
            assertThat(((COSString) id.get(0)).getBytes()).hasSize(16).isEqualTo(((COSString) id.get(1)).getBytes());
        }
    }

    @Test
    void anotherDocumentGetsAnotherFileIdentifier() throws Exception {
        assertThat(fileId(RenderedPdf.of("One.\n"))).isNotEqualTo(fileId(RenderedPdf.of("Two.\n")));
    }

    private static PdfMetadata withDate(Instant date) {
        PdfMetadata m = RenderedPdf.METADATA;
        return new PdfMetadata(m.title(), m.subject(), m.author(), m.keywords(), m.creator(), date);
    }

    private static String fileId(RenderedPdf pdf) throws Exception {
        try (var document = pdf.load()) {
            return ((COSString) document.getDocument().getDocumentID().get(0)).toHexString();
        }
    }
}
