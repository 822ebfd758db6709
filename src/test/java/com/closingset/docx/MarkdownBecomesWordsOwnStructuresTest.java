package com.closingset.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * What Markdown says becomes what Word has for it: bold and italic runs, a table as a Word table
 * with its header row repeated, an outside link as a hyperlink with its relationship, a link to a
 * heading as a hyperlink to that heading's bookmark.
 */
class MarkdownBecomesWordsOwnStructuresTest {
    static final DocxProperties PROPERTIES = new DocxProperties("A Test", "The Deal", "The Issuer", "deal-1", "ClosingSet test",
            Instant.parse("2007-01-18T00:00:00Z"));

    static byte[] render(String markdown) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer(WordPaper.house()).render(markdown, PROPERTIES, out);
        return out.toByteArray();
    }

    private static XWPFDocument word(String markdown) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(render(markdown)));
    }

    @Test
    void boldAndItalicAreRunProperties() throws Exception {
        try (XWPFDocument word = word("The **Closing** and the *Escrow Agent*.\n")) {
            List<XWPFRun> runs = word.getParagraphs().get(0).getRuns();
            assertThat(runs).filteredOn(XWPFRun::isBold).extracting(XWPFRun::text).containsExactly("Closing");
            assertThat(runs).filteredOn(XWPFRun::isItalic).extracting(XWPFRun::text).containsExactly("Escrow Agent");
        }
    }

    @Test
    void aTableIsAWordTableWithItsHeaderRepeated() throws Exception {
        try (XWPFDocument word = word("| Investor | Shares |\n|---|---:|\n| Harborview | 12,000,000 |\n| Iroquois | 4,000,000 |\n")) {
            XWPFTable table = word.getTables().get(0);
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Harborview");
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("4,000,000");
            assertThat(table.getRow(2).getCell(1).getParagraphs().get(0).getAlignment().name()).isEqualTo("RIGHT");
            assertThat(table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        }
    }

    @Test
    void anOutsideLinkIsAHyperlinkAndALinkToAHeadingGoesToItsBookmark() throws Exception {
        String markdown = "## Section 4 — Closing\n\nSee [the SEC](https://www.sec.gov/) and [Section 4](#section-4--closing).\n";
        try (XWPFDocument word = word(markdown)) {
            XWPFParagraph paragraph = word.getParagraphs().get(1);
            List<XWPFHyperlinkRun> links = paragraph.getRuns().stream().filter(XWPFHyperlinkRun.class::isInstance)
                    .map(XWPFHyperlinkRun.class::cast).toList();
            assertThat(links.get(0).getHyperlink(word).getURL()).isEqualTo("https://www.sec.gov/");
            String anchor = links.get(1).getAnchor();
            assertThat(word.getParagraphs().get(0).getCTP().getBookmarkStartList()).extracting(b -> b.getName()).containsExactly(anchor);
        }
    }
}
