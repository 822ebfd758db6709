package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * In the real Capstone set, the Placement Agency Agreement first: no page ends with a heading (nor
 * with a bold line standing as one, "3. Representations, Warranties..."), and no signature block is
 * split across pages.
 */
class PageBreaksTest {
    private static final String AGREEMENT = "ex-1.1-placement-agency-agreement";
    private static final Pattern FOOTER = Pattern.compile("Page \\d+ of \\d+");
    private static final Pattern HEADING = Pattern.compile("^(?:#{1,6} (.+)|\\*\\*([^*]+)\\*\\*)$", Pattern.MULTILINE);
    private static BuiltSet capstone;

    private record Line(int page, String text) {
    }

    @BeforeAll
    static void build() throws Exception {
        capstone = TestBuilds.capstone();
    }

    @Test
    void noPageOfThePlacementAgreementEndsWithAHeading() throws IOException {
        assertNoPageEndsWithAHeading(AGREEMENT);
    }

    @Test
    void noSignatureBlockOfThePlacementAgreementIsSplit() throws IOException {
        assertNoSignatureBlockIsSplit(AGREEMENT);
    }

    @Test
    void noOtherDocumentOfTheSetBreaksAPageThereEither() throws IOException {
        for (String document : documents()) {
            assertNoPageEndsWithAHeading(document);
            assertNoSignatureBlockIsSplit(document);
        }
    }

    private static void assertNoPageEndsWithAHeading(String document) throws IOException {
        Set<String> headings = HEADING.matcher(markdown(document)).results()
                .map(m -> unescape(m.group(1) != null ? m.group(1) : m.group(2)))
                .collect(Collectors.toSet());
        List<Line> lines = lines(document);
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line last = lines.get(i);
            if (lines.get(i + 1).page() != last.page()) {
                assertThat(headings).as("%s ends page %d with \"%s\"", document, last.page(), last.text())
                        .noneMatch(h -> h.equals(last.text()) || h.startsWith(last.text() + " "));
            }
        }
    }

    private static void assertNoSignatureBlockIsSplit(String document) throws IOException {
        List<Line> lines = lines(document);
        for (int i = 0; i < lines.size(); i++) {
            Line by = lines.get(i);
            if (!by.text().startsWith("By:")) {
                continue;
            }
            // The party's name is above the signature, a name or title under it, all on one page.
            assertThat(lines.get(i - 1).page()).as("%s: above \"%s\"", document, by.text()).isEqualTo(by.page());
            assertThat(lines.get(i + 1).page()).as("%s: under \"%s\"", document, by.text()).isEqualTo(by.page());
            for (int j = i + 1; j < Math.min(i + 3, lines.size()); j++) {
                if (lines.get(j).text().startsWith("Title:")) {
                    assertThat(lines.get(j).page()).as("%s: \"%s\"", document, lines.get(j).text()).isEqualTo(by.page());
                }
            }
        }
    }

    private static List<String> documents() {
        // Each document with Markdown of its own; the binder is those same documents bound.
        return capstone.files().keySet().stream().filter(n -> n.endsWith(".pdf"))
                .map(n -> n.substring(0, n.length() - ".pdf".length()))
                .filter(n -> capstone.files().containsKey(n + ".md")).toList();
    }

    private static String markdown(String document) {
        return new String(capstone.files().get(document + ".md"), StandardCharsets.UTF_8);
    }

    /** The document's text lines in reading order with their pages, footers left out. */
    private static List<Line> lines(String document) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(capstone.files().get(document + ".pdf"))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                for (String line : stripper.getText(pdf).lines().map(String::strip).toList()) {
                    if (!line.isEmpty() && !FOOTER.matcher(line).matches()) {
                        lines.add(new Line(page, line.replace('\u00A0', ' ').strip()));
                    }
                }
            }
        }
        return lines;
    }

    private static String unescape(String markdown) {
        return markdown.replaceAll("\\\\(\\p{Punct})", "$1").strip();
    }
}
