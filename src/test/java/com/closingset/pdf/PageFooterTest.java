package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Every page says "Page X of Y", with Y the real total, and render() returns that total. */
class PageFooterTest {

    @Test
    void everyPageIsNumberedOutOfTheTotal() throws Exception {
        String markdown = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> "Paragraph " + i + " of a document long enough to need at least three pages of text.")
                .collect(Collectors.joining("\n\n"));
        RenderedPdf pdf = RenderedPdf.of(markdown);

        assertThat(pdf.pages()).isGreaterThanOrEqualTo(3);
        try (var document = pdf.load()) {
            assertThat(document.getNumberOfPages()).isEqualTo(pdf.pages());
        }
        for (int page = 1; page <= pdf.pages(); page++) {
            assertThat(pdf.pageText(page)).as("page %d", page)
                    .contains("Page " + page + " of " + pdf.pages())
                    .doesNotContain("Page " + (page + 1) + " of");
        }
    }

    @Test
    void theFooterIsCentredInTheBottomMargin() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("Short.\n");

        var footer = pdf.glyphsOf("Page 1 of 1");
        float middle = (footer.get(0).x() + footer.get(footer.size() - 1).right()) / 2;
        assertThat(middle).isBetween(305f, 307f);
        assertThat(footer.get(0).y()).isGreaterThan(792f - 72f);
    }

    @Test
    void anEmptyDocumentIsOneNumberedPage() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("");

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text()).contains("Page 1 of 1");
    }
}
