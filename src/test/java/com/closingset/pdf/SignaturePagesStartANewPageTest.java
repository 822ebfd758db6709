package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

/**
 * A signature page is a page of its own: after a paragraph "[Signature Page Follows]" the next block
 * begins a new page, and so does a heading naming a signature page ("INVESTOR SIGNATURE PAGE"); the
 * part after a signature block begins a new page, never sharing the signatures' page.
 */
class SignaturePagesStartANewPageTest {
    @Test
    void afterSignaturePageFollowsTheSignaturesBeginANewPage() throws IOException {
        RenderedPdf pdf = RenderedPdf.of(RenderedPdf.fixture("pages/signature-page-follows.md"));

        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(pdf.pageLines(1)).last().isEqualTo("[Signature Page Follows]");
        List<String> signaturePage = pdf.pageLines(2);
        assertThat(signaturePage.get(0)).startsWith("IN WITNESS WHEREOF");
        assertThat(signaturePage).contains("NORTHWIND ENERGY, INC.", "Title: Chief Financial Officer",
                "HARBOR SECURITIES LLC", "Title: Managing Director");
    }

    @Test
    void theMarkerIsCenteredOnItsLine() throws IOException {
        RenderedPdf pdf = RenderedPdf.of(RenderedPdf.fixture("pages/signature-page-follows.md"));

        List<RenderedPdf.Glyph> marker = pdf.glyphsOf("[Signature Page Follows]");
        float left = marker.get(0).x() - HouseStyle.MARGIN;
        float right = HouseStyle.PAGE.getWidth() - HouseStyle.MARGIN - marker.get(marker.size() - 1).right();
        assertThat(left).isGreaterThan(100f).isCloseTo(right, org.assertj.core.data.Offset.offset(2f));
    }

    @Test
    void aHeadingNamingASignaturePageBeginsANewPage() throws IOException {
        RenderedPdf pdf = RenderedPdf.of(RenderedPdf.fixture("pages/signature-page-heading.md"));

        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(pdf.pageLines(2).get(0)).isEqualTo("INVESTOR SIGNATURE PAGE");
        // The Company's acceptance is on the signature page with the investor's signature.
        assertThat(pdf.pageOf("Agreed and Accepted")).isEqualTo(2);
        assertThat(pdf.pageOf("Sales of the Securities")).isEqualTo(2);
    }

    @Test
    void thePartAfterASignatureBlockBeginsANewPage() throws IOException {
        RenderedPdf pdf = RenderedPdf.of(RenderedPdf.fixture("pages/part-after-signatures.md"));

        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(pdf.pageLines(1)).last().isEqualTo("Title: Chief Financial Officer");
        assertThat(pdf.pageLines(2).get(0)).isEqualTo("EXERCISE NOTICE");
        // A heading inside the part, with no signature block before it in its section, does not break the page.
        assertThat(pdf.pageOf("Instructions")).isEqualTo(2);
    }

    @Test
    void theRuleBeforeAPartThatBeginsAPageIsNotDrawn() throws IOException {
        RenderedPdf pdf = RenderedPdf.of(RenderedPdf.fixture("pages/part-after-signatures.md"));

        assertThat(pdf.strokes()).filteredOn(RenderedPdf.Stroke::horizontal)
                .filteredOn(s -> s.length() > 300f).isEmpty();
    }
}
