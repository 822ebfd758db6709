package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.pipeline.BuiltSet;
import com.closingset.pipeline.Pipeline;
import com.closingset.pipeline.ProductVersion;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every PDF a build writes is PDF/A-1b, as judged by veraPDF's own validator: the whole closing
 * set of each deal, the renderer's every-construct fixture, and metadata full of XML's special characters.
 */
class PdfAConformanceTest {

    @ParameterizedTest
    @ValueSource(strings = {"deal/capstone-2007.yaml", "deal/northwind-2031.yaml"})
    void everyPdfOfEachDealsSetIsPdfA1b(String deal) throws Exception {
        BuiltSet set = new Pipeline(Path.of("templates"), Optional.empty(), ProductVersion.get())
                .build(Path.of(deal), deal);
        List<String> failures = new ArrayList<>();
        int pdfs = 0;
        for (Map.Entry<String, byte[]> file : set.files().entrySet()) {
            if (file.getKey().endsWith(".pdf")) {
                pdfs++;
                VeraPdf.pdfA1bViolations(file.getValue()).forEach(v -> failures.add(file.getKey() + ": " + v));
            }
        }
        assertThat(pdfs).as("PDFs in the set").isGreaterThanOrEqualTo(7);
        assertThat(failures).as("%s: PDF/A-1b rules broken", deal).isEmpty();
    }

    @Test
    void theRenderersEveryConstructFixtureIsPdfA1b() throws Exception {
        RenderedPdf pdf = RenderedPdf.of(RenderedPdf.fixture("every-construct.md"));

        assertThat(VeraPdf.pdfA1bViolations(pdf.bytes())).as("every-construct.md").isEmpty();
    }

    @Test
    void metadataWithXmlSpecialCharactersStaysPdfA1b() throws Exception {
        PdfMetadata metadata = new PdfMetadata("Smith & <Jones> “Société” — 8-K", "A > B & C", "O'Brien & Co.",
                "a&b, <c>", "ClosingSet \"test\"", Instant.parse("2031-03-04T05:06:07Z"));

        RenderedPdf pdf = RenderedPdf.of(new PdfRenderer(), "Text.\n", metadata);

        assertThat(VeraPdf.pdfA1bViolations(pdf.bytes())).isEmpty();
    }

    /** The check can fail: a plain OpenPDF file, with no XMP and no output intent, is refused. */
    @Test
    void aPdfWrittenWithoutTheDeclarationIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Not archival."));
        document.close();

        assertThat(VeraPdf.pdfA1bViolations(out.toByteArray()))
                .anyMatch(v -> v.startsWith("6.7.2-1 "))   // no XMP metadata
                .anyMatch(v -> v.startsWith("6.3.4-1 "));  // Helvetica not embedded
    }
}
