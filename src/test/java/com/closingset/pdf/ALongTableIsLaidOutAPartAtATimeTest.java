package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.ChildJvm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table of thousands of rows (a binder's index of a large deal) goes onto the pages a part at a
 * time and is let go as it goes, yet reads as one table: the header on every page, every row once,
 * in order. Checked so on a 2-core machine: 20,000 rows held whole needed between 160 and 192 MB of
 * heap; a part at a time they are laid out in 64 MB.
 */
class ALongTableIsLaidOutAPartAtATimeTest {
    private static final Pattern TAB = Pattern.compile("^(\\d+) 4\\.(\\d+) ", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void everyPageStartsWithTheHeaderAndEveryRowPrintsOnceInOrder() throws Exception {
        int rows = 2_500;
        RenderedPdf pdf = RenderedPdf.of(LongTable.markdown(rows));

        List<Integer> tabs = new ArrayList<>();
        try (PDDocument document = pdf.load()) {
            for (int page = 1; page <= pdf.pages(); page++) {
                String text = text(document, page);
                String top = page == 1 ? text.substring(text.indexOf('\n') + 1) : text;
                assertThat(top).as("page %d", page).startsWith("Tab Exhibit Document Page");
                Matcher m = TAB.matcher(text);
                while (m.find()) {
                    tabs.add(Integer.parseInt(m.group(1)));
                }
            }
        }

        assertThat(pdf.pages()).isGreaterThan(60);
        assertThat(tabs).hasSize(rows);
        for (int i = 0; i < rows; i++) {
            assertThat(tabs.get(i)).as("row %d", i + 1).isEqualTo(i + 1);
        }
    }

    @Test
    void twentyThousandRowsAreLaidOutInAHeapOf96Mb() throws Exception {
        ChildJvm.Ended laidOut = ChildJvm.run("96m", LongTable.class, dir.resolve("out"), "20000");

        assertThat(laidOut.output().strip()).as(laidOut.output()).matches("\\d{3}");
        assertThat(laidOut.exitValue()).isZero();
    }

    private static String text(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
