package com.closingset.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.DealFixture;
import com.closingset.docx.DocxProperties;
import com.closingset.docx.DocxRenderer;
import com.closingset.docx.WordFile;
import com.closingset.docx.WordPaper;
import com.closingset.markdown.MarkdownDialect;
import com.closingset.pipeline.Pipeline;
import com.closingset.pipeline.ProductVersion;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <document>.redline.docx} holds the redline as Word's own tracked changes, by ClosingSet and
 * dated by the new version: accepting every one gives exactly the new document's text, rejecting
 * every one exactly the old one's.
 */
class ARedlineInWordAcceptsToTheNewAndRejectsToTheOldTest {
    @TempDir
    Path dir;

    @Test
    void acceptAllGivesTheNewDocumentAndRejectAllTheOld() throws Exception {
        Map<String, String> old = markdown(DealFixture.validText());
        Map<String, String> now = markdown(DealFixture.edited("price_per_unit: 1.14", "price_per_unit: 1.10"));
        Map<String, byte[]> files = PriceChange.set().files();
        int compared = 0;
        for (String output : now.keySet()) {
            byte[] docx = files.get(output + ".redline.docx");
            if (docx == null) {
                assertThat(old.get(output)).as(output + " is unchanged").isEqualTo(now.get(output));
                continue;
            }
            WordFile word = new WordFile(docx);
            assertThat(word.accepted()).as(output + ", every change accepted").isEqualTo(MarkdownDialect.visibleText(now.get(output)));
            assertThat(word.rejected()).as(output + ", every change rejected").isEqualTo(MarkdownDialect.visibleText(old.get(output)));
            compared++;
        }
        assertThat(compared).as("the 8-K, both press releases, the form and each subscription").isEqualTo(9);
    }

    @Test
    void theChangesAreClosingSetsDatedByTheNewVersion() throws Exception {
        String document = new WordFile(PriceChange.set().files().get("subscription-01.redline.docx")).part("word/document.xml");
        assertThat(document).contains("<w:del w:id=\"1\" w:author=\"ClosingSet\" w:date=\"2007-01-18T00:00:00Z\">")
                .contains("<w:delText xml:space=\"preserve\">$1.14</w:delText>")
                .contains("w:author=\"ClosingSet\" w:date=\"2007-01-18T00:00:00Z\"><w:r><w:t xml:space=\"preserve\">$1.10</w:t>");
    }

    @Test
    void paragraphsHeadingsAndRowsInsertedOrDeletedWholeAcceptAndRejectWhole() throws Exception {
        String was = "# Terms\n\nThe price is $1.14 per unit.\n\nA paragraph that goes.\n\n| Investor | Shares |\n|---|---|\n| Harborview | 100 |\n";
        String is = "# Terms\n\n## Price\n\nThe price is $1.10 per unit.\nIt is payable at closing.\n\n| Investor | Shares |\n|---|---|\n"
                + "| Harborview | 100 |\n| Iroquois | 50 |\n\nA paragraph that comes.\n";
        Redline redline = DocumentRedline.of(was, is);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxRenderer.redline(WordPaper.house()).render(redline.markdown(),
                new DocxProperties("Redline", null, null, null, "ClosingSet", Instant.parse("2031-03-01T00:00:00Z")), out);
        WordFile word = new WordFile(out.toByteArray());
        assertThat(word.accepted()).isEqualTo(MarkdownDialect.visibleText(is));
        assertThat(word.rejected()).isEqualTo(MarkdownDialect.visibleText(was));
        // A paragraph deleted whole takes its paragraph mark with it, so that accepting leaves no empty paragraph.
        assertThat(word.part("word/document.xml")).containsPattern("<w:pPr><w:rPr><w:del [^>]*/></w:rPr></w:pPr>");
    }

    private Map<String, String> markdown(String dealText) throws Exception {
        Path deal = DealFixture.write(Files.createTempDirectory(dir, "deal"), "deal.yaml", dealText);
        Map<String, String> md = new TreeMap<>();
        new Pipeline(DealFixture.TEMPLATES, Optional.empty(), ProductVersion.get()).assemble(deal, "deal/deal.yaml").documents()
                .forEach(d -> md.put(d.output(), d.markdown()));
        return md;
    }
}
