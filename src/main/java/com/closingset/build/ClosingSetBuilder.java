package com.closingset.build;

import com.closingset.assemble.AssembledDocument;
import com.closingset.assemble.AssemblyException;
import com.closingset.assemble.DocumentAssembler;
import com.closingset.assemble.Manifest;
import com.closingset.assemble.TemplateEngine;
import com.closingset.deal.Deal;
import com.closingset.deal.DealException;
import com.closingset.deal.DealLoader;
import com.closingset.figures.Allocation;
import com.closingset.figures.Figures;
import com.closingset.pdf.PdfMetadata;
import com.closingset.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Builds closing sets in memory: deal file to Markdown and PDF for every document of the manifest,
 * plus {@code index.md} and {@code SHA256SUMS}. Templates, fonts and styles are set up once and
 * reused for every deal.
 */
public final class ClosingSetBuilder {
    public static final String INDEX = "index.md";
    public static final String CHECKSUMS = "SHA256SUMS";
    private static final ThreadFactory BINDER_THREAD = r -> {
        Thread t = new Thread(r, "closingset-binder");
        t.setDaemon(true);
        return t;
    };

    private final DocumentAssembler assembler;
    private final PdfRenderer pdf = new PdfRenderer();
    // The binder is laid out beside the documents' own PDFs, on a renderer (fonts) of its own.
    private final PdfRenderer binderPdf = new PdfRenderer();
    private final Optional<Instant> sourceDate;
    private final String version;

    /**
     * @param sourceDate the date PDFs carry (from {@code SOURCE_DATE_EPOCH}); when empty, the deal's
     *                   date of report, so that output never depends on the day it is built
     */
    public ClosingSetBuilder(Path templatesDir, Optional<Instant> sourceDate, String version)
            throws DealException, IOException {
        this.assembler = new DocumentAssembler(Manifest.load(templatesDir), new TemplateEngine(templatesDir));
        this.sourceDate = sourceDate;
        this.version = version;
    }

    public BuiltSet build(Path dealFile, String shownName) throws DealException, AssemblyException, IOException {
        return build(assemble(dealFile, shownName));
    }

    /** Loads the deal and assembles its documents as Markdown; draws no PDF. */
    public MarkdownSet assemble(Path dealFile, String shownName) throws DealException, AssemblyException {
        Deal deal = new DealLoader().load(dealFile, shownName);
        return new MarkdownSet(deal, assembler.assemble(deal, Figures.of(deal)));
    }

    /** Draws the PDFs of an assembled set, its binder, index.md and SHA256SUMS. */
    public BuiltSet build(MarkdownSet set) throws IOException {
        Deal deal = set.deal();
        List<AssembledDocument> documents = set.documents();
        Instant date = sourceDate.orElse(deal.dates().report().atStartOfDay(ZoneOffset.UTC).toInstant());

        SortedMap<String, byte[]> files = new TreeMap<>(set.markdownFiles());
        List<Binder.Entry> entries = documents.stream().map(d -> new Binder.Entry(d.entry().exhibit().orElse(""), d.title(),
                d.displayTitle(), d.markdown())).toList();
        PdfMetadata binderMetadata = metadata(deal, "Closing Set: " + deal.name(), date);
        ExecutorService binding = Executors.newSingleThreadExecutor(BINDER_THREAD);
        try {
            Future<Binder.Bound> binder = binding.submit(() -> Binder.bind(binderPdf, deal, entries, binderMetadata));
            List<IndexPage.Row> rows = new ArrayList<>();
            List<Integer> ownPages = new ArrayList<>();
            for (AssembledDocument d : documents) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int count = pdf.render(d.markdown(), metadata(deal, d.displayTitle(), date), out);
                byte[] pdfBytes = out.toByteArray();
                files.put(d.output() + ".pdf", pdfBytes);
                rows.add(new IndexPage.Row(d.entry().exhibit().orElse(""), d.title(), d.output(), count, sha256(pdfBytes),
                        d.allocation().map(Allocation::investor)));
                ownPages.add(count);
            }
            Binder.Bound bound = result(binder);
            if (!bound.documentPages().equals(ownPages)) {
                throw new IllegalStateException("documents took " + bound.documentPages() + " pages in the binder but "
                        + ownPages + " alone; the binder's contents would be wrong");
            }
            files.put(Binder.FILE, bound.pdf());
            files.put(INDEX, IndexPage.render(deal, rows, new IndexPage.Row("", "The whole set in one PDF: cover, contents, "
                    + "every document, bookmarks", "closing-set", bound.pages(), sha256(bound.pdf()), Optional.empty()), version)
                    .getBytes(StandardCharsets.UTF_8));
            files.put(CHECKSUMS, checksums(files));
            return new BuiltSet(deal.id(), files, documents.size(), ownPages.stream().mapToInt(Integer::intValue).sum());
        } finally {
            binding.shutdownNow();
        }
    }

    private static Binder.Bound result(Future<Binder.Bound> binder) throws IOException {
        try {
            return binder.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while binding the closing set", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("cannot bind the closing set: " + e.getCause(), e.getCause());
        }
    }

    private PdfMetadata metadata(Deal deal, String title, Instant date) {
        return new PdfMetadata(title, deal.name(), deal.issuer().name(), deal.id(), "ClosingSet " + version, date);
    }

    /** One line per file in name order, {@code <sha-256>  <name>}, as {@code sha256sum} writes and reads it. */
    private static byte[] checksums(SortedMap<String, byte[]> files) {
        StringBuilder s = new StringBuilder();
        files.forEach((name, bytes) -> s.append(sha256(bytes)).append("  ").append(name).append('\n'));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
