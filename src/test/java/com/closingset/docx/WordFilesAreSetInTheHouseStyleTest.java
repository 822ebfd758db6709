package com.closingset.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The Word files are set as the PDFs are: US Letter with 1-inch margins; Title, Heading 1–3 and a
 * style per clause level with the PDF's hanging indents; signature blocks kept on one page; a new
 * page after "[Signature Page Follows]"; a footer naming the document with "Page X of Y" as fields.
 */
class WordFilesAreSetInTheHouseStyleTest {
    private static final String AGREEMENT = "ex-1.1-placement-agency-agreement";

    private static XWPFDocument agreement() throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(CapstoneInWord.docx(AGREEMENT)));
    }

    @Test
    void usLetterWithOneInchMargins() throws Exception {
        try (XWPFDocument word = agreement()) {
            CTSectPr section = word.getDocument().getBody().getSectPr();
            CTPageSz size = section.getPgSz();
            CTPageMar margins = section.getPgMar();
            assertThat(List.of(size.getW(), size.getH())).isEqualTo(List.of(BigInteger.valueOf(12240), BigInteger.valueOf(15840)));
            assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
                    .containsOnly(BigInteger.valueOf(1440));
        }
    }

    @Test
    void headingsAndClausesHaveStylesOfTheirOwn() throws Exception {
        try (XWPFDocument word = agreement()) {
            for (String style : List.of("Normal", "Title", "Heading1", "Heading2", "Heading3", "Clause1", "Clause2", "Clause3", "Clause4")) {
                assertThat(word.getStyles().styleExist(style)).as(style).isTrue();
            }
            XWPFParagraph title = paragraph(word, "PLACEMENT AGENCY AGREEMENT");
            assertThat(title.getStyle()).isEqualTo("Title");
            // "(a) Registration Statement and Prospectus. ..." under section 3: the first level, marker hanging half an inch.
            XWPFParagraph clause = word.getParagraphs().stream().filter(p -> p.getText().startsWith("(a)\t")).findFirst().orElseThrow();
            assertThat(clause.getStyle()).isEqualTo("Clause1");
            assertThat(clause.getIndentationLeft()).isEqualTo(720);
            assertThat(clause.getIndentationHanging()).isEqualTo(720);
            XWPFParagraph roman = word.getParagraphs().stream().filter(p -> p.getText().startsWith("(i)\t")).findFirst().orElseThrow();
            assertThat(roman.getStyle()).isEqualTo("Clause2");
            assertThat(roman.getIndentationHanging()).as("a roman numeral's gutter is two thirds of an inch").isEqualTo(960);
        }
    }

    @Test
    void aSignatureBlockKeepsTogetherAndItsPageStartsAfterTheDraftersWord() throws Exception {
        try (XWPFDocument word = agreement()) {
            XWPFParagraph party = paragraph(word, "CAPSTONE TURBINE CORPORATION");
            List<XWPFParagraph> all = word.getParagraphs();
            int at = all.lastIndexOf(party);
            XWPFParagraph signature = all.get(at + 1);
            assertThat(signature.getText()).startsWith("By: /s/ Walter J. McBride");
            assertThat(party.getCTP().getPPr().isSetKeepNext()).isTrue();
            assertThat(signature.getCTP().getPPr().isSetKeepLines()).isTrue();
            XWPFParagraph follows = paragraph(word, "[Signature Page Follows]");
            assertThat(follows.getAlignment().name()).isEqualTo("CENTER");
            XWPFParagraph next = all.get(all.indexOf(follows) + 1);
            assertThat(next.getCTP().getPPr().isSetPageBreakBefore()).as("the paragraph after [Signature Page Follows] starts a page").isTrue();
        }
    }

    @Test
    void theFooterNamesTheDocumentAndCountsPagesWithFields() throws Exception {
        WordFile file = new WordFile(CapstoneInWord.docx(AGREEMENT));
        String footer = file.part("word/footer1.xml");
        assertThat(footer).contains(">Exhibit 1.1: Placement Agency Agreement<", "Page ", "w:instr=\" PAGE \"", " of ",
                "w:instr=\" NUMPAGES \"");
        assertThat(file.part("word/document.xml")).contains("<w:footerReference w:type=\"default\"");
    }

    private static XWPFParagraph paragraph(XWPFDocument word, String text) {
        return word.getParagraphs().stream().filter(p -> p.getText().strip().equals(text)).reduce((a, b) -> b).orElseThrow(
                () -> new AssertionError("no paragraph \"" + text + "\""));
    }
}
