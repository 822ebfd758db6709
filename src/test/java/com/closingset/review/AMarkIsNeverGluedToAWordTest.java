package com.closingset.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.docx.DocxProperties;
import com.closingset.docx.DocxRenderer;
import com.closingset.docx.WordFile;
import com.closingset.docx.WordPaper;
import com.closingset.markdown.MarkdownDialect;
import com.closingset.pdf.PdfMetadata;
import com.closingset.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A mark opens and closes only where CommonMark lets it: never between a word's letter and a
 * punctuation mark ({@code unit++, payable++}), where the blackline and the Word redline would print
 * the marks as text. A change that begins or ends with punctuation glued to a word takes the word
 * in, struck on one side and inserted on the other, as a lawyer's comparison strikes a word with its
 * comma; the blackline then shows no mark as text, and the Word redline accepts to the new text and
 * rejects to the old.
 */
class AMarkIsNeverGluedToAWordTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "The price per unit is due.|The price per unit, payable now, is due.|The price per ~~unit~~ ++unit, payable now,++ is due.",
        "one two.|one two, three.|one ~~two~~ ++two, three++.",
        "He said yes.|He said \"yes\".|He said ~~yes~~ ++\"yes\"++.",
        "He said \"yes\".|He said yes.|He said ~~\"yes\"~~ ++yes++.",
        "A (B) C|A (B, D) C|A (~~B~~ ++B, D++) C",
        "The price per unit, payable now, is due.|The price per unit is due.|The price per ~~unit, payable now,~~ ++unit++ is due.",
        "The unit, payable now.|The unit; payable now.|The ~~unit,~~ ++unit;++ payable now.",
        "Price, net.|Price net.|~~Price,~~ ++Price++ net.",
        "He said no.|He said yes, no.|He said ++yes,++ no.",
    })
    void theChangeTakesTheGluedWordIn(String was, String is, String redline) throws Exception {
        Redline r = DocumentRedline.of(was + "\n", is + "\n");
        assertThat(r.markdown()).isEqualTo(redline + "\n");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRenderer.blackline().render(r.markdown(), new PdfMetadata("Redline", null, null, null, null, Instant.EPOCH), pdf);
        try (BlacklinePdf blackline = new BlacklinePdf(pdf.toByteArray())) {
            assertThat(blackline.text(1, 1)).doesNotContain("++", "~~");
        }
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        DocxRenderer.redline(WordPaper.house()).render(r.markdown(),
                new DocxProperties("Redline", null, null, null, "ClosingSet", Instant.EPOCH), docx);
        WordFile word = new WordFile(docx.toByteArray());
        assertThat(word.accepted()).isEqualTo(MarkdownDialect.visibleText(is + "\n"));
        assertThat(word.rejected()).isEqualTo(MarkdownDialect.visibleText(was + "\n"));
    }
}
