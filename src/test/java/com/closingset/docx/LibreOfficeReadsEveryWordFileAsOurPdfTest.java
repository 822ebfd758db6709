package com.closingset.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.closingset.markdown.MarkdownDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real word processor reads every Word file of the Capstone set: LibreOffice (headless) converts
 * each to PDF, whose words are the Markdown's (each page's footer, naming the document and its
 * page, and the typed list bullets aside) and whose page count is within 15% of our own PDF's. Where
 * LibreOffice is absent the test says so and is skipped.
 */
class LibreOfficeReadsEveryWordFileAsOurPdfTest {
    private static final Pattern BULLET = Pattern.compile("[\u2022\u25E6\u25AA]");

    @TempDir
    Path dir;

    @Test
    void everyWordFileConvertsToTheMarkdownsTextOnAboutAsManyPages() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui");
        Map<String, String> markdown = CapstoneInWord.markdown();
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless", "--convert-to", "pdf", "--outdir", dir.resolve("pdf").toString()));
        for (String output : markdown.keySet()) {
            Path docx = dir.resolve(output + ".docx");
            Files.write(docx, CapstoneInWord.docx(output));
            command.add(docx.toString());
        }
        // One call for every file: LibreOffice takes longer to start than to convert one.
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();

        for (Map.Entry<String, String> d : markdown.entrySet()) {
            String output = d.getKey();
            int ours = pages(CapstoneInWord.set().files().get(output + ".pdf"));
            byte[] converted = Files.readAllBytes(dir.resolve("pdf").resolve(output + ".pdf"));
            try (PDDocument doc = Loader.loadPDF(converted)) {
                assertThat((double) doc.getNumberOfPages()).as(output + ": pages, against our PDF's " + ours)
                        .isBetween(ours * 0.85, ours * 1.15);
                List<String> footerWords = words(titleOf(output) + " Page of");
                // Poppler's reading, pages apart by form feeds; PDFBox loses the check boxes LibreOffice sets in DejaVu Sans.
                String[] pageTexts = pdftotext(dir.resolve("pdf").resolve(output + ".pdf")).split("\f");
                List<String> shown = new ArrayList<>();
                for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                    List<String> words = words(pageTexts[page - 1]);
                    List<String> footer = new ArrayList<>(footerWords);
                    footer.addAll(List.of(String.valueOf(page), String.valueOf(doc.getNumberOfPages())));
                    for (String w : footer) {
                        assertThat(words.remove(w)).as(output + ", page " + page + "'s footer: " + w).isTrue();
                    }
                    shown.addAll(words);
                }
                // Word for word, in any order: Poppler reads a hanging clause marker or a footer beside a wide clause out of
                // its place; the order is the Word file's own, which EveryDocumentOfTheSetIsAlsoAWordFileTest checks.
                List<String> meant = words(MarkdownDialect.visibleText(d.getValue()));
                List<String> missing = new ArrayList<>(meant);
                shown.forEach(missing::remove);
                List<String> extra = new ArrayList<>(shown);
                meant.forEach(extra::remove);
                assertThat(missing).as(output + ": words of the Markdown LibreOffice does not show").isEmpty();
                assertThat(extra).as(output + ": words LibreOffice shows that the Markdown has not").isEmpty();
            }
        }
    }

    private Path pdftotextLog() {
        return dir.resolve("pdftotext.log");
    }

    private String pdftotext(Path pdf) throws Exception {
        Path text = dir.resolve(pdf.getFileName() + ".txt");
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), text.toString()).redirectErrorStream(true)
                .redirectOutput(pdftotextLog().toFile()).start();
        assertThat(p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0).as("pdftotext " + pdf).isTrue();
        return Files.readString(text);
    }

    private static String titleOf(String output) throws Exception {
        String core = new WordFile(CapstoneInWord.docx(output)).part("docProps/core.xml");
        String title = core.substring(core.indexOf("<dc:title>") + 10, core.indexOf("</dc:title>"));
        return title.replace("&amp;", "&");
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /**
     * The text's words but bullets and hyphens, the words either side of a hyphen read as one: Poppler
     * joins a word broken at its hyphen at a line's end ("lock-" "up" reads "lockup") and reads a
     * justified line's unbreakable hyphen with a space before it ("14d -2(b)"); and LibreOffice breaks a
     * line between parentheses ("(e)" "(ii)(4)"), where Word and the PDF do not, so each is a word of its own.
     */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.replaceAll("[\\s\u00A0]*[\u2011-][\\s\u00A0]*", "").replace(")(", ") (").split("[\\s\u00A0]+")) {
            if (!w.isEmpty() && !BULLET.matcher(w).matches()) {
                words.add(w);
            }
        }
        return words;
    }
}
