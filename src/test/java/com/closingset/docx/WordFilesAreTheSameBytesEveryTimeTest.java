package com.closingset.docx;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.pipeline.Pipeline;
import com.closingset.pipeline.ProductVersion;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The same Markdown and properties give the same bytes, in any time zone: the zip's entries come in
 * one order, each dated 1980-01-02 with no zone, and the document's own date is the deal's (or
 * SOURCE_DATE_EPOCH's), in its core properties.
 */
class WordFilesAreTheSameBytesEveryTimeTest {
    private static final String MARKDOWN = "# Title\n\nSome **text**, a [link](https://example.com/).\n";

    @Test
    void theSameInputsGiveTheSameBytesInAnyTimeZone() throws Exception {
        byte[] first = MarkdownBecomesWordsOwnStructuresTest.render(MARKDOWN);
        TimeZone was = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(MarkdownBecomesWordsOwnStructuresTest.render(MARKDOWN)).isEqualTo(first);
        } finally {
            TimeZone.setDefault(was);
        }
    }

    @Test
    void entriesComeInOneOrderEachDatedOnADayOfNoZone() throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(MarkdownBecomesWordsOwnStructuresTest.render(MARKDOWN)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(1980, 1, 2, 0, 0));
            }
        }
        assertThat(names).startsWith("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                "docProps/custom.xml", "word/document.xml");
    }

    @Test
    void theDocumentIsDatedByTheDealOrBySourceDateEpoch() throws Exception {
        assertThat(created(CapstoneInWord.docx("8-k"))).isEqualTo(Instant.parse("2007-01-18T00:00:00Z"));
        Instant epoch = Instant.ofEpochSecond(1_700_000_000L);
        byte[] dated = new Pipeline(Path.of("templates"), Optional.of(epoch), ProductVersion.get())
                .build(Path.of("deal/capstone-2007.yaml"), "deal/capstone-2007.yaml").files().get("8-k.docx");
        assertThat(created(dated)).isEqualTo(epoch);
    }

    private static Instant created(byte[] docx) throws Exception {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return word.getProperties().getCoreProperties().getCreated().toInstant();
        }
    }
}
