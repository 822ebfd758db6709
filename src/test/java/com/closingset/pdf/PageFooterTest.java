package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Every page names its document and says "Page X of Y", with Y the real total, and render() returns that total. */
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
    void theFooterNamesTheDocumentAtTheLeftAndThePageAtTheRight() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("Short.\n");

        var label = pdf.glyphsOf(RenderedPdf.METADATA.title());
        var page = pdf.glyphsOf("Page 1 of 1");
        assertThat(label.get(0).x()).isCloseTo(72f, within(0.5f));
        assertThat(page.get(page.size() - 1).right()).isCloseTo(540f, within(0.5f));
        assertThat(label.get(0).y()).isEqualTo(page.get(0).y()).isGreaterThan(792f - 72f);
        assertThat(label.get(0).size()).isEqualTo(9f);
    }

    @Test
    void aNameTooLongForTheLineIsCutAtAWordWithAnEllipsis() throws Exception {
        String title = "Exhibit 99.1: " + "Press Release issued by a Company with a very long name indeed ".repeat(3);
        RenderedPdf pdf = RenderedPdf.of(new PdfRenderer(), "Short.\n", new PdfMetadata(title, null, null, null, null,
                RenderedPdf.DATE));

        String footer = pdf.lines().get(pdf.lines().size() - 1);
        assertThat(footer).startsWith("Exhibit 99.1: Press Release").contains("\u2026").endsWith("Page 1 of 1");
        var page = pdf.glyphsOf("Page 1 of 1");
        assertThat(pdf.glyphsOf("\u2026").get(0).right()).isLessThan(page.get(0).x() - 10f);
    }

    @Test
    void anEmptyDocumentIsOneNumberedPage() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("");

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text()).contains("Page 1 of 1");
    }
}
