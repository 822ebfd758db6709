package com.closingset.docx;

import com.closingset.markdown.MarkdownDialect;
import com.closingset.pdf.HandlerTable;
import com.closingset.pdf.LayoutBlock;
import com.vladsch.flexmark.parser.Parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Markdown (CommonMark and GFM tables) to a Word document, written straight from Flexmark's syntax
 * tree as the PDF is drawn, by a handler per node type; the pages are Word's to lay out, told what
 * the PDF decides (where a page must break, what keeps together) by paragraph properties. Only the
 * few OOXML parts a document needs are written, by hand: a general library (Apache POI) would take
 * longer to load than all the documents of a set take to write. The same Markdown, properties and
 * paper always give the same bytes. Safe for several threads at once.
 */
public final class DocxRenderer {
    private static final Pattern ID = Pattern.compile("<vt:lpwstr>([0-9a-f]{64})</vt:lpwstr>");

    private final WordPaper paper;
    private final Parser parser;
    private final HandlerTable<BlockWriter> blocks = WordBlocks.table();
    private final HandlerTable<RunWriter> inlines;
    private final boolean redline;

    private DocxRenderer(WordPaper paper, Parser parser, HandlerTable<RunWriter> inlines, boolean redline) {
        this.paper = Objects.requireNonNull(paper, "paper");
        this.parser = parser;
        this.inlines = inlines;
        this.redline = redline;
    }

    /** A renderer of documents on {@code paper}. */
    public DocxRenderer(WordPaper paper) {
        this(paper, MarkdownDialect.parser(), WordInlines.table(), false);
    }

    /**
     * A renderer of redlines: {@code ~~deleted~~} and {@code ++inserted++} become Word's own tracked
     * changes, by {@link WordBody#REVISION_AUTHOR} on the properties' date, which a reader accepts or
     * rejects one by one. The ordinary renderer knows neither syntax.
     */
    public static DocxRenderer redline(WordPaper paper) {
        return new DocxRenderer(paper, MarkdownDialect.redlineParser(), WordInlines.redlineTable(), true);
    }

    /** Writes the document of {@code markdown} into {@code out}, which is not closed. */
    public void render(String markdown, DocxProperties properties, OutputStream out) throws IOException {
        Objects.requireNonNull(markdown, "markdown");
        WordBody body = new WordBody(revisionDate(properties.date()));
        blocks.render(LayoutBlock.gathered(parser.parse(markdown)), BlockWriter.root(body, blocks, inlines));
        DocxPackage.write(body, paper, properties, documentId(markdown, properties), out);
    }

    /**
     * The document ID {@link #render} writes into the file's custom properties: a digest of the
     * Markdown, the properties (the engine's version among them), the paper and the kind of document,
     * so that a file can be shown written from them.
     */
    public String documentId(String markdown, DocxProperties properties) {
        List<String> fields = new ArrayList<>(List.of("docx", redline ? "redline" : "document", paper.identity()));
        fields.addAll(properties.fields());
        fields.add(markdown);
        StringBuilder all = new StringBuilder();
        fields.forEach(f -> all.append(f.length()).append(':').append(f).append('\n'));
        return WordPaper.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The document ID a Word file written by this engine carries, if it is one. */
    public static Optional<String> documentIdOf(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry custom = zip.getEntry("docProps/custom.xml");
            if (custom == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(custom)) {
                Matcher m = ID.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                return m.find() ? Optional.of(m.group(1)) : Optional.empty();
            }
        } catch (java.util.zip.ZipException e) {
            return Optional.empty();
        }
    }

    /** The date a redline's revisions carry, as {@code w:date} writes it: the new version's, to the second. */
    private static String revisionDate(Instant date) {
        return date.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
