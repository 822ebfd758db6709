package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** US Letter, portrait, on every page. */
class PageSizeTest {

    @Test
    void everyPageIsUsLetter() throws Exception {
        RenderedPdf pdf = RenderedPdf.of(RenderedPdf.fixture("every-construct.md"));

        try (var document = pdf.load()) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(612f);
                assertThat(page.getMediaBox().getHeight()).isEqualTo(792f);
            }
        }
    }
}
