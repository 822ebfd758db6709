package com.closingset.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.closingset.assemble.AssemblyException;
import com.closingset.cli.ShortSetHome;
import com.closingset.deal.DealFile;
import com.closingset.pipeline.Pipeline;
import com.closingset.pipeline.ProductVersion;
import com.closingset.review.Redliner;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kit holding {@code reference.docx} (as pandoc's {@code --reference-doc}) has its Word files on
 * the firm's paper: that document's styles, fonts, theme, page set-up and footer replace the
 * house's; a style the writer needs and the reference lacks still comes from the house.
 */
class AKitsReferenceDocxIsThePaperOfItsWordFilesTest {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final String R = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    @TempDir
    Path dir;

    @Test
    void theFirmsStylesFontsPageAndFooterReplaceTheHouses() throws Exception {
        Path home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstone());
        reference(home.resolve("templates/registered-direct/reference.docx"));
        Map<String, byte[]> files = new Pipeline(home.resolve("templates"), Optional.empty(), ProductVersion.get())
                .build(home.resolve("deal/" + ShortSetHome.DEAL + ".yaml"), "deal/x.yaml").files();
        byte[] docx = files.get("8-k.docx");
        WordFile word = new WordFile(docx);

        assertThat(word.part("word/styles.xml")).contains("w:ascii=\"Garamond\"", "<w:name w:val=\"Firm Heading\"/>")
                .as("the house's clause style, which the reference lacks").contains("w:styleId=\"Clause1\"");
        assertThat(word.part("word/fontTable.xml")).contains("<w:font w:name=\"Garamond\"/>");
        assertThat(word.part("word/theme/theme1.xml")).contains("Firm Theme");
        assertThat(word.part("word/footer1.xml")).contains("Firm LLP — Confidential");
        try (XWPFDocument poi = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(poi.getDocument().getBody().getSectPr().getPgSz().getW()).as("A4").isEqualTo(BigInteger.valueOf(11906));
            assertThat(poi.getDocument().getBody().getSectPr().getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1800));
            assertThat(poi.getFooterList()).hasSize(1);
            assertThat(poi.getFooterList().get(0).getText()).contains("Firm LLP — Confidential");
        }
    }

    @Test
    void oneThatIsNoWordDocumentStopsTheBuildInOneLine() throws Exception {
        Path home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstone());
        Path reference = home.resolve("templates/registered-direct/reference.docx");
        Files.writeString(reference, "not a zip");
        Pipeline pipeline = new Pipeline(home.resolve("templates"), Optional.empty(), ProductVersion.get());

        assertThatThrownBy(() -> pipeline.build(home.resolve("deal/" + ShortSetHome.DEAL + ".yaml"), "deal/x.yaml"))
                .isInstanceOf(AssemblyException.class)
                .hasMessage("templates/registered-direct/reference.docx: not a Word document this engine can read (not a zip archive)")
                .hasMessageNotContaining("\n");
    }

    @Test
    void oneThatCannotBeReadStopsTheBuildWithTheSystemsReason() throws Exception {
        Path home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstone());
        Files.createDirectory(home.resolve("templates/registered-direct/reference.docx"));
        Pipeline pipeline = new Pipeline(home.resolve("templates"), Optional.empty(), ProductVersion.get());

        assertThatThrownBy(() -> pipeline.build(home.resolve("deal/" + ShortSetHome.DEAL + ".yaml"), "deal/x.yaml"))
                .isInstanceOf(AssemblyException.class)
                .hasMessage("templates/registered-direct/reference.docx: cannot read the kit's Word reference document: Is a directory");
    }

    @Test
    void oneThatIsNoWordDocumentStopsARedlineAsTheKitsMistake() throws Exception {
        Path home = ShortSetHome.make(dir.resolve("home"), ShortSetHome.capstone());
        Files.writeString(home.resolve("templates/registered-direct/reference.docx"), "not a zip");
        Redliner redliner = new Redliner(new Pipeline(home.resolve("templates"), Optional.empty(), ProductVersion.get()));
        DealFile deal = new DealFile(home.resolve("deal/" + ShortSetHome.DEAL + ".yaml"), "deal/x.yaml");

        // Not an I/O error, which the command line would report as "cannot write the output".
        assertThatThrownBy(() -> redliner.compare(deal, deal))
                .isInstanceOf(AssemblyException.class)
                .hasMessage("templates/registered-direct/reference.docx: not a Word document this engine can read (not a zip archive)")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aKitWithoutOneIsOnTheHousesPaper() throws Exception {
        assertThat(WordPaper.forKit(dir, "templates/k")).isSameAs(WordPaper.house());
    }

    /** A reference document as Word saves one, cut to the parts that matter here. */
    private static void reference(Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            put(zip, "word/document.xml", "<w:document " + W + " " + R + "><w:body><w:p/><w:sectPr w:rsidR=\"00A1\">"
                    + "<w:headerReference w:type=\"default\" r:id=\"rId8\"/><w:footerReference w:type=\"default\" r:id=\"rId9\"/>"
                    + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1800\" w:bottom=\"1440\" w:left=\"1800\""
                    + " w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
            put(zip, "word/_rels/document.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\""
                    + " Target=\"footer2.xml\"/></Relationships>");
            put(zip, "word/footer2.xml", "<w:ftr " + W + " " + R + "><w:p><w:r><w:t>Firm LLP — Confidential</w:t></w:r></w:p></w:ftr>");
            put(zip, "word/styles.xml", "<w:styles " + W + "><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Garamond\""
                    + " w:hAnsi=\"Garamond\"/></w:rPr></w:rPrDefault></w:docDefaults>"
                    + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                    + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"Firm Heading\"/><w:rPr><w:sz w:val=\"28\"/></w:rPr></w:style>"
                    + "</w:styles>");
            put(zip, "word/fontTable.xml", "<w:fonts " + W + "><w:font w:name=\"Garamond\"/></w:fonts>");
            put(zip, "word/theme/theme1.xml", "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Firm Theme\"/>");
        }
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
