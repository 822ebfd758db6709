package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.assemble.AssembledDocument;
import com.closingset.assemble.DocumentAssembler;
import com.closingset.assemble.Manifest;
import com.closingset.assemble.TemplateEngine;
import com.closingset.deal.Deal;
import com.closingset.deal.DealFixture;
import com.closingset.deal.DealLoader;
import com.closingset.figures.KitFigures.Allocation;
import com.closingset.figures.KitFigures;
import com.closingset.pdf.PdfMetadata;
import com.closingset.pdf.PdfRenderer;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text from the deal is data, never markup or template code: an issuer's name, an investor's name or
 * the issuer's "about" paragraph holding FreeMarker syntax, Markdown syntax or HTML prints exactly as
 * typed in every document's Markdown, in index.md, in the PDF's text and in its metadata, and makes
 * no node, link or evaluation of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DealTextIsDataTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final Parser PARSER = Parser.builder(
            new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();
    /** Nodes that only markup makes: a value that made one more of them than the real deal has was read as markup. */
    private static final List<String> MARKUP_NODES = List.of("Link", "LinkRef", "AutoLink", "MailLink", "Image",
            "Emphasis", "StrongEmphasis", "Heading", "HtmlInline", "HtmlBlock", "HtmlEntity", "HtmlCommentBlock",
            "TableBlock", "TableCell", "Code", "BulletList", "OrderedList", "BlockQuote", "ThematicBreak", "Reference");
    /** The press release names the issuer and quotes its "about" paragraph; the subscription names the investor. */
    private static final String PRESS_RELEASE = "ex-99.1-press-release-offering";
    private static final String SUBSCRIPTION = "subscription-01";

    @TempDir
    static Path dir;

    private DocumentAssembler assembler;
    private final PdfRenderer pdf = new PdfRenderer();
    private Map<String, String> original;
    private Map<String, Map<String, Integer>> originalNodes;
    private Map<String, Map<String, Integer>> originalLinks;

    @BeforeAll
    void buildTheRealDeal() throws Exception {
        assembler = new DocumentAssembler(Manifest.load(DealFixture.KIT, DealFixture.kit()), new TemplateEngine(DealFixture.KIT));
        original = markdown(DealFixture.validText());
        originalNodes = new TreeMap<>();
        original.forEach((output, md) -> originalNodes.put(output, markupNodes(md)));
        originalLinks = new TreeMap<>();
        for (String output : List.of(PRESS_RELEASE, SUBSCRIPTION)) {
            originalLinks.put(output, linkAnnotations(render(original.get(output), "Capstone Turbine Corporation")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"${7*7}", "<#assign x=1>", "[[link]](javascript:x)", "**bold**", "# heading", "| a | b |",
            "<script>alert(1)</script>"})
    void aPayloadInANameOrTheAboutParagraphPrintsLiterally(String payload) throws Exception {
        String about = "is " + payload + ", the world's leading producer";
        String deal = replaced(DealFixture.validText(), "  name: Capstone Turbine Corporation\n", "  name: " + quoted(payload) + "\n");
        deal = replaced(deal, "  - name: Harborview Opportunity Fund, L.P.\n", "  - name: " + quoted(payload) + "\n");
        deal = replaced(deal, "    is the world's leading producer", "    " + about);
        Map<String, String> built = markdown(deal);

        assertThat(built.keySet()).isEqualTo(original.keySet());
        for (Map.Entry<String, String> doc : built.entrySet()) {
            assertThat(markupNodes(doc.getValue())).as("markup nodes of %s", doc.getKey())
                    .isEqualTo(originalNodes.get(doc.getKey()));
            assertThat(count(doc.getValue(), "49")).as("FreeMarker evaluated a value in %s", doc.getKey())
                    .isEqualTo(count(original.get(doc.getKey()), "49"));
        }
        String pressRelease = text(PARSER.parse(built.get(PRESS_RELEASE)));
        // The deal's straight apostrophe prints as the documents' curly one.
        String printed = about.replace("world's", "world’s");
        assertThat(pressRelease).contains(payload + " (www.microturbine.com; Nasdaq: CPST) " + printed);
        assertThat(text(PARSER.parse(built.get(SUBSCRIPTION)))).contains(payload);
        assertThat(text(PARSER.parse(built.get("index")))).contains("1. " + payload + " Document")
                .contains("Subscription Agreement of " + payload);

        byte[] pressPdf = render(built.get(PRESS_RELEASE), payload);
        assertThat(pdfText(pressPdf)).contains(payload + " (www.microturbine.com; Nasdaq: CPST) " + printed);
        assertThat(linkAnnotations(pressPdf)).isEqualTo(originalLinks.get(PRESS_RELEASE));
        assertThat(author(pressPdf)).containsExactly(payload, payload);

        byte[] subscriptionPdf = render(built.get(SUBSCRIPTION), payload);
        assertThat(pdfText(subscriptionPdf)).contains("Name that Securities are to be registered: " + payload);
        assertThat(linkAnnotations(subscriptionPdf)).isEqualTo(originalLinks.get(SUBSCRIPTION));
    }

    private Map<String, String> markdown(String dealText) throws Exception {
        Path file = DealFixture.write(dir, "deal.yaml", dealText);
        Deal deal = DealFixture.loader().load(file, "deal/deal.yaml");
        List<AssembledDocument> documents = assembler.assemble(deal);
        Map<String, String> markdown = documents.stream()
                .collect(Collectors.toMap(AssembledDocument::output, AssembledDocument::markdown, (a, b) -> a, TreeMap::new));
        // index.md names every document and, in its headings, every investor; its PDFs need not be drawn.
        String hash = "0".repeat(64);
        List<IndexPage.Row> rows = documents.stream().map(d -> new IndexPage.Row(d.exhibit(), d.title(),
                d.output(), 1, hash, d.item())).toList();
        markdown.put("index", IndexPage.render(com.closingset.assemble.KitTemplates.of(deal.kit(), 1), deal, rows, new IndexPage.Row("", "binder", "closing-set", 1, hash,
                Optional.empty()), "test"));
        return markdown;
    }

    private static String replaced(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    private static String quoted(String yamlText) {
        return "\"" + yamlText.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Map<String, Integer> markupNodes(String markdown) {
        return StreamSupport.stream(PARSER.parse(markdown).getDescendants().spliterator(), false)
                .map(n -> n.getClass().getSimpleName()).filter(MARKUP_NODES::contains)
                .collect(Collectors.toMap(Function.identity(), n -> 1, Integer::sum, TreeMap::new));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** The text a reader sees: escapes resolved, a line break read as the space it is. */
    private static String text(Node document) {
        StringBuilder s = new StringBuilder();
        for (Node n : document.getDescendants()) {
            if (n instanceof Text) {
                s.append(n.getChars().unescape());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak || n instanceof Block
                    || n instanceof TableCell) {
                s.append(' ');
            }
        }
        return oneLine(s.toString());
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private byte[] render(String markdown, String issuer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.render(markdown, new PdfMetadata("Press Release", "offering", issuer, "capstone-2007", "ClosingSet test",
                Instant.parse("2007-01-18T00:00:00Z")), out);
        return out.toByteArray();
    }

    private static String pdfText(byte[] bytes) throws Exception {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return oneLine(new PDFTextStripper().getText(doc));
        }
    }

    /** Each link annotation as its target: a URI, or an internal destination. */
    private static Map<String, Integer> linkAnnotations(byte[] bytes) throws Exception {
        List<String> links = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    links.add(a instanceof PDAnnotationLink link && link.getAction() != null
                            ? link.getAction().getCOSObject().toString() : a.getSubtype());
                }
            }
        }
        return links.stream().collect(Collectors.toMap(Function.identity(), l -> 1, Integer::sum, TreeMap::new));
    }

    /** The author as the Info dictionary and the XMP metadata (parsed as XML) each give it. */
    private static List<String> author(byte[] bytes) throws Exception {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            byte[] xmp = doc.getDocumentCatalog().getMetadata().toByteArray();
            DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
            xml.setNamespaceAware(true);
            String creator = xml.newDocumentBuilder().parse(new ByteArrayInputStream(xmp))
                    .getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator").item(0).getTextContent();
            return List.of(doc.getDocumentInformation().getAuthor(), creator);
        }
    }
}
