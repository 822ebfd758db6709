package com.closingset.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The parts of one Word document, zipped as OOXML's packaging wants them. The same parts give the
 * same bytes on any day and machine: the entries are in a fixed order, each dated 1980-01-02 in the
 * zip's zoneless local time (on the format's first day, 1980-01-01, Java adds an extra field holding
 * the moment in UTC, which differs from zone to zone), and the document's own date is in its core
 * properties.
 */
final class DocxPackage {
    static final String CUSTOM_PROPERTY = "ClosingSet document ID";
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 2, 0, 0);
    private static final String MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private record Part(String name, String xml) {
    }

    private DocxPackage() {
    }

    /** Writes the document whose body is {@code body} on {@code paper}, with {@code properties} and the document ID. */
    static void write(WordBody body, WordPaper paper, DocxProperties properties, String documentId, OutputStream out)
            throws IOException {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("[Content_Types].xml", contentTypes(paper)));
        parts.add(new Part("_rels/.rels", packageRelationships()));
        parts.add(new Part("docProps/core.xml", core(properties)));
        parts.add(new Part("docProps/app.xml", app(properties)));
        parts.add(new Part("docProps/custom.xml", custom(documentId)));
        parts.add(new Part("word/document.xml", document(body, paper)));
        parts.add(new Part("word/_rels/document.xml.rels", documentRelationships(body.hyperlinks(), paper)));
        parts.add(new Part("word/styles.xml", paper.styles()));
        parts.add(new Part("word/settings.xml", SETTINGS));
        parts.add(new Part("word/fontTable.xml", paper.fonts()));
        paper.theme().ifPresent(theme -> parts.add(new Part("word/theme/theme1.xml", theme)));
        parts.add(new Part("word/footer1.xml", paper.footer().orElseGet(() -> footer(properties.title()))));
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Part part : parts) {
            ZipEntry entry = new ZipEntry(part.name());
            entry.setTimeLocal(ENTRY_TIME);
            zip.putNextEntry(entry);
            zip.write(part.xml().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    // A line ended by a hard break is set at its words' own spacing, never stretched, as in the PDF.
    private static final String SETTINGS = HEAD + "<w:settings xmlns:w=\"" + MAIN + "\"><w:defaultTabStop w:val=\"720\"/>"
            + "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name=\"compatibilityMode\""
            + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>";

    private static String contentTypes(WordPaper paper) {
        String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        return HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + override("/word/document.xml", wml + "document.main+xml")
                + override("/word/styles.xml", wml + "styles+xml")
                + override("/word/settings.xml", wml + "settings+xml")
                + override("/word/fontTable.xml", wml + "fontTable+xml")
                + (paper.theme().isPresent() ? override("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml") : "")
                + override("/word/footer1.xml", wml + "footer+xml")
                + override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
                + override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
                + override("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml")
                + "</Types>";
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
    }

    private static String packageRelationships() {
        String od = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        return HEAD + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + relationship("rId1", od + "officeDocument", "word/document.xml")
                + relationship("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")
                + relationship("rId3", od + "extended-properties", "docProps/app.xml")
                + relationship("rId4", od + "custom-properties", "docProps/custom.xml")
                + "</Relationships>";
    }

    private static String documentRelationships(Map<String, String> hyperlinks, WordPaper paper) {
        String od = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        StringBuilder r = new StringBuilder(HEAD + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">");
        r.append(relationship("rIdStyles", od + "styles", "styles.xml"));
        r.append(relationship("rIdSettings", od + "settings", "settings.xml"));
        r.append(relationship("rIdFonts", od + "fontTable", "fontTable.xml"));
        if (paper.theme().isPresent()) {
            r.append(relationship("rIdTheme", od + "theme", "theme/theme1.xml"));
        }
        r.append(relationship(WordPaper.FOOTER_ID, od + "footer", "footer1.xml"));
        hyperlinks.forEach((id, target) -> r.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(od)
                .append("hyperlink\" Target=\"").append(WordXml.escaped(target)).append("\" TargetMode=\"External\"/>"));
        return r.append("</Relationships>").toString();
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    private static String document(WordBody body, WordPaper paper) {
        return HEAD + "<w:document xmlns:w=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><w:body>"
                + body.xml() + paper.section() + "</w:body></w:document>";
    }

    /** The house's footer: the document's name at the left, "Page X of Y" at the right, as the PDF's. */
    private static String footer(String title) {
        return HEAD + "<w:ftr xmlns:w=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
                + "<w:r><w:t xml:space=\"preserve\">" + WordXml.escaped(title) + "</w:t></w:r><w:r><w:tab/><w:t xml:space=\"preserve\">Page </w:t></w:r>"
                + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space=\"preserve\"> of </w:t></w:r>"
                + "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>";
    }

    private static String core(DocxProperties p) {
        String date = p.date().truncatedTo(ChronoUnit.SECONDS).toString();
        return HEAD + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + element("dc:title", p.title()) + element("dc:subject", p.subject()) + element("dc:creator", p.author())
                + element("cp:keywords", p.keywords()) + element("cp:lastModifiedBy", p.author())
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:modified>"
                + "</cp:coreProperties>";
    }

    private static String app(DocxProperties p) {
        return HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + element("Application", p.application()) + "</Properties>";
    }

    /** The document ID, which shows the file drawn from its Markdown, properties and paper (see {@link DocxRenderer#documentIdOf}). */
    private static String custom(String documentId) {
        return HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
                + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"" + CUSTOM_PROPERTY + "\">"
                + "<vt:lpwstr>" + documentId + "</vt:lpwstr></property></Properties>";
    }

    private static String element(String name, String value) {
        return value == null ? "" : "<" + name + ">" + WordXml.escaped(value) + "</" + name + ">";
    }
}
