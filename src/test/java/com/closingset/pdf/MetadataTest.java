package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/** The Info dictionary carries the caller's metadata, dated by the caller, not by the clock. */
class MetadataTest {

    @Test
    void infoDictionaryReadsBackAsGiven() throws Exception {
        Instant date = Instant.parse("2007-01-19T13:30:05Z");
        PdfMetadata metadata = new PdfMetadata("Exhibit 99.1: Press release", "Capstone 2007 offering",
                "Capstone Turbine Corporation", "capstone-2007", "ClosingSet 0.1.0", date);

        RenderedPdf pdf = RenderedPdf.of(new PdfRenderer(), "Text.\n", metadata);

        try (var document = pdf.load()) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Exhibit 99.1: Press release");
            assertThat(info.getSubject()).isEqualTo("Capstone 2007 offering");
            assertThat(info.getAuthor()).isEqualTo("Capstone Turbine Corporation");
            assertThat(info.getKeywords()).isEqualTo("capstone-2007");
            assertThat(info.getCreator()).isEqualTo("ClosingSet 0.1.0");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(date);
            assertThat(info.getModificationDate().toInstant()).isEqualTo(date);
        }
    }

    @Test
    void nonAsciiMetadataSurvives() throws Exception {
        PdfMetadata metadata = new PdfMetadata("Société “Générale” — 8-K", null, null, null, null, RenderedPdf.DATE);

        try (var document = RenderedPdf.of(new PdfRenderer(), "Text.\n", metadata).load()) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Société “Générale” — 8-K");
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
        }
    }
}
