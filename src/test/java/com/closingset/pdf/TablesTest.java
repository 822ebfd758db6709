package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** GFM tables: every cell prints, the header is bold and repeats on each page the table spans. */
class TablesTest {

    @Test
    void cellTextPrintsIncludingEscapedPipes() throws Exception {
        String text = RenderedPdf.of("""
                | Exhibit | Description |
                |---------|-------------|
                | 1.1 | Placement Agency Agreement |
                | 99.1 | Press release \\| offering |
                """).text();

        assertThat(text).contains("Exhibit").contains("Description").contains("1.1").contains("Placement Agency Agreement")
                .contains("Press release | offering");
    }

    @Test
    void headerCellsAreBold() throws Exception {
        RenderedPdf pdf = RenderedPdf.of("| Heading |\n|---|\n| Body |\n");

        assertThat(pdf.glyphsOf("Heading").get(0).font()).endsWith("LiberationSerif-Bold");
        assertThat(pdf.glyphsOf("Body").get(0).font()).endsWith("LiberationSerif");
    }

    @Test
    void theHeaderRowRepeatsOnEveryPageOfALongTable() throws Exception {
        String rows = IntStream.rangeClosed(1, 120).mapToObj(i -> "| " + i + " | Row number " + i + " |")
                .collect(Collectors.joining("\n"));
        RenderedPdf pdf = RenderedPdf.of("| Number | Repeated Header |\n|---|---|\n" + rows + "\n");

        assertThat(pdf.pages()).isGreaterThanOrEqualTo(2);
        for (int page = 1; page <= pdf.pages(); page++) {
            assertThat(pdf.pageText(page)).as("page %d", page).contains("Repeated Header");
        }
        assertThat(pdf.text()).contains("Row number 120");
    }

    @Test
    void aTableWithOnlyAHeaderStillPrints() throws Exception {
        assertThat(RenderedPdf.of("| Lonely | Header |\n|---|---|\n").text()).contains("Lonely").contains("Header");
    }

    @Test
    void shortRowsKeepTheirCells() throws Exception {
        String text = RenderedPdf.of("| A | B | C |\n|---|---|---|\n| only one |\n| x | y | z |\n").text();

        assertThat(text).contains("only one").contains("z");
    }
}
