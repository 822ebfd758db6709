package com.closingset.docx;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.markdown.MarkdownDialect;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Every document of the set, per-investor ones too, is also a Word file, written from the same
 * Markdown as its PDF: Apache POI opens each, its text is the Markdown's, and its properties are the PDF's.
 */
class EveryDocumentOfTheSetIsAlsoAWordFileTest {

    @Test
    void poiOpensEveryDocumentsWordFileAndItsTextIsTheMarkdowns() throws Exception {
        Map<String, String> markdown = CapstoneInWord.markdown();
        assertThat(markdown).containsKeys("ex-1.1-placement-agency-agreement", "subscription-05", "warrant-05");
        for (Map.Entry<String, String> d : markdown.entrySet()) {
            byte[] docx = CapstoneInWord.docx(d.getKey());
            assertThat(docx).as(d.getKey() + ".docx").isNotNull();
            try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
                assertThat(word.getBodyElements()).as(d.getKey()).isNotEmpty();
            }
            assertThat(new WordFile(docx).text()).as(d.getKey()).isEqualTo(MarkdownDialect.visibleText(d.getValue()));
        }
    }

    @Test
    void itsTitleSubjectAuthorAndKeywordsAreThePdfs() throws Exception {
        for (String output : CapstoneInWord.markdown().keySet()) {
            PDDocumentInformation pdf;
            try (PDDocument doc = Loader.loadPDF(CapstoneInWord.set().files().get(output + ".pdf"))) {
                pdf = doc.getDocumentInformation();
            }
            try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(CapstoneInWord.docx(output)))) {
                POIXMLProperties.CoreProperties core = word.getProperties().getCoreProperties();
                assertThat(core.getTitle()).isEqualTo(pdf.getTitle());
                assertThat(core.getSubject()).isEqualTo(pdf.getSubject());
                assertThat(core.getCreator()).isEqualTo(pdf.getAuthor());
                assertThat(core.getKeywords()).isEqualTo(pdf.getKeywords());
                assertThat(core.getCreated().toInstant()).isEqualTo(pdf.getCreationDate().toInstant());
                assertThat(word.getProperties().getExtendedProperties().getApplication()).isEqualTo(pdf.getCreator());
            }
        }
    }
}
