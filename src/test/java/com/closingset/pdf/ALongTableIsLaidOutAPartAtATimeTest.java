package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        Path out = dir.resolve("out");
        Process child = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx96m",
                "-cp", System.getProperty("java.class.path"),
                LongTable.class.getName(), "20000"))
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        // A generous bound only so that a hang cannot stall the build.
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("the table was not laid out within 5 minutes");
        }

        assertThat(Files.readString(out).strip()).as(Files.readString(out)).matches("\\d{3}");
        assertThat(child.exitValue()).isZero();
    }

    private static String text(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
