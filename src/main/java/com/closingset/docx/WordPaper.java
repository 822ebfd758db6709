package com.closingset.docx;

import com.closingset.deal.IoReason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The paper every Word document of a kit is written on: its styles, fonts (font table and theme),
 * page set-up and footer. By default the house's (US Letter, 1-inch margins, Times New Roman, a
 * footer naming the document with "Page X of Y"); a kit holding {@code reference.docx}, as pandoc's
 * {@code --reference-doc}, has that document's instead, so the Word files look like the firm's own.
 * A style the writer uses that the reference lacks is added from the house's, so that no paragraph
 * falls back to Normal unnoticed.
 */
public final class WordPaper {
    /** The file a kit's folder may hold. */
    public static final String REFERENCE = "reference.docx";
    static final String FOOTER_ID = "rIdFooter";
    private static final Pattern STYLE = Pattern.compile("<w:style\\b[^>]*\\bw:styleId=\"([^\"]+)\"[^>]*>.*?</w:style>", Pattern.DOTALL);
    private static final Pattern SECTION = Pattern.compile("<w:sectPr\\b[^>]*>.*?</w:sectPr>", Pattern.DOTALL);
    private static final Pattern PART_REFERENCE = Pattern.compile("<w:(?:header|footer)Reference\\b[^>]*/>");
    private static final Pattern DEFAULT_FOOTER = Pattern.compile(
            "<w:footerReference\\b(?=[^>]*\\bw:type=\"default\")[^>]*\\br:id=\"([^\"]+)\"[^>]*/>");
    private static final String HOUSE_SECTION = "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"" + FOOTER_ID + "\"/>"
            + "<w:pgSz w:w=\"12240\" w:h=\"15840\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\""
            + " w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr>";

    private final String styles;
    private final String fonts;
    private final Optional<String> theme;
    private final String section;
    private final Optional<String> footer;
    private final String identity;

    private WordPaper(String styles, String fonts, Optional<String> theme, String section, Optional<String> footer, String identity) {
        this.styles = styles;
        this.fonts = fonts;
        this.theme = theme;
        this.section = section;
        this.footer = footer;
        this.identity = identity;
    }

    private static final WordPaper HOUSE = new WordPaper(resource("styles.xml"), resource("fontTable.xml"), Optional.empty(),
            HOUSE_SECTION, Optional.empty(), "house");

    /** The house's paper. */
    public static WordPaper house() {
        return HOUSE;
    }

    /**
     * The paper of the kit in {@code kitFolder}: its {@code reference.docx}'s, or the house's when it
     * has none.
     *
     * @param shownFolder how messages name the kit's folder ({@code templates/registered-direct})
     */
    public static WordPaper forKit(Path kitFolder, String shownFolder) throws UnusablePaper {
        Path reference = kitFolder.resolve(REFERENCE);
        if (!Files.exists(reference, LinkOption.NOFOLLOW_LINKS)) {
            return house();
        }
        String shown = shownFolder + "/" + REFERENCE;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(reference);
        } catch (IOException e) {
            throw new UnusablePaper(shown + ": cannot read the kit's Word reference document: " + IoReason.of(e), e);
        }
        try {
            return of(bytes);
        } catch (IOException e) {
            throw new UnusablePaper(shown + ": not a Word document this engine can read (" + e.getMessage() + ")", e);
        }
    }

    /** The paper read from the very bytes its identity is the hash of: the file is read once. */
    private static WordPaper of(byte[] bytes) throws IOException {
        String hash = sha256(bytes);
        Map<String, String> zip = parts(bytes);
        String document = required(zip, "word/document.xml");
        WordPaper house = HOUSE;
        String styles = part(zip, "word/styles.xml").map(s -> withHouseStyles(s, house.styles)).orElse(house.styles);
        String fonts = part(zip, "word/fontTable.xml").orElse(house.fonts);
        Optional<String> theme = part(zip, "word/theme/theme1.xml");
        Matcher sections = SECTION.matcher(document);
        String section = null;
        while (sections.find()) {
            section = sections.group();
        }
        if (section == null) {
            return new WordPaper(styles, fonts, theme, HOUSE_SECTION, Optional.empty(), hash);
        }
        Optional<String> footer = footerOf(zip, section);
        String own = PART_REFERENCE.matcher(section).replaceAll("");
        own = own.replaceFirst("^(<w:sectPr\\b[^>]*>)", "$1<w:footerReference w:type=\"default\" r:id=\"" + FOOTER_ID + "\"/>");
        return new WordPaper(styles, fonts, theme, own, footer, hash);
    }

    /** What a document drawn on this paper depends on: the reference document's hash, or the house's name. */
    public String identity() {
        return identity;
    }

    String styles() {
        return styles;
    }

    String fonts() {
        return fonts;
    }

    Optional<String> theme() {
        return theme;
    }

    /** The body's section properties: page size, margins, and the footer as {@link #FOOTER_ID}. */
    String section() {
        return section;
    }

    /** The reference's own footer, when it has one; else the house's, naming the document, is written. */
    Optional<String> footer() {
        return footer;
    }

    private static Optional<String> footerOf(Map<String, String> zip, String section) {
        Matcher ref = DEFAULT_FOOTER.matcher(section);
        Optional<String> rels = part(zip, "word/_rels/document.xml.rels");
        if (!ref.find() || rels.isEmpty()) {
            return Optional.empty();
        }
        Matcher target = Pattern.compile("<Relationship\\b(?=[^>]*\\bId=\"" + Pattern.quote(ref.group(1)) + "\")[^>]*\\bTarget=\"([^\"]+)\"")
                .matcher(rels.get());
        return target.find() ? part(zip, "word/" + target.group(1).replaceFirst("^/?word/", "")) : Optional.empty();
    }

    /** The reference's styles, plus the house's definition of every style it lacks. */
    private static String withHouseStyles(String reference, String house) {
        Map<String, String> missing = new LinkedHashMap<>();
        Matcher m = STYLE.matcher(house);
        while (m.find()) {
            if (!reference.contains("w:styleId=\"" + m.group(1) + "\"")) {
                missing.put(m.group(1), m.group());
            }
        }
        int end = reference.lastIndexOf("</w:styles>");
        if (missing.isEmpty() || end < 0) {
            return reference;
        }
        return reference.substring(0, end) + String.join("", missing.values()) + reference.substring(end);
    }

    private static String required(Map<String, String> zip, String name) throws IOException {
        return part(zip, name).orElseThrow(() -> new IOException("it has no " + name));
    }

    private static Optional<String> part(Map<String, String> zip, String name) {
        return Optional.ofNullable(zip.get(name));
    }

    /** Each part of the archive by name, as text. */
    private static Map<String, String> parts(byte[] bytes) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        if (parts.isEmpty()) {
            throw new IOException("not a zip archive");
        }
        return parts;
    }

    private static String resource(String name) {
        try (InputStream in = WordPaper.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the engine's " + name + " is missing from its jar");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
