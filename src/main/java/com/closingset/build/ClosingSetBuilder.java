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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Builds closing sets in memory: deal file to Markdown and PDF for every document of the manifest,
 * plus {@code index.md} and {@code SHA256SUMS}. Templates, fonts and styles are set up once and
 * reused for every deal. The documents' PDFs are drawn on a bounded pool of threads, one renderer
 * each, and collected in document order: the same bytes as drawn one after another.
 */
public final class ClosingSetBuilder {
    public static final String INDEX = "index.md";
    public static final String CHECKSUMS = "SHA256SUMS";

    private final DocumentAssembler assembler;
    // Each thread drawing a document holds a renderer (fonts) of its own, kept for the next deal.
    private final RendererPool renderers = new RendererPool();
    // The binder is laid out beside the documents' own PDFs, on a renderer (fonts) of its own.
    private final PdfRenderer binderPdf = new PdfRenderer();
    private final Optional<Instant> sourceDate;
    private final String version;
    private final int threads;

    /**
     * @param sourceDate the date PDFs carry (from {@code SOURCE_DATE_EPOCH}); when empty, the deal's
     *                   date of report, so that output never depends on the day it is built
     */
    public ClosingSetBuilder(Path templatesDir, Optional<Instant> sourceDate, String version)
            throws DealException, IOException {
        this(templatesDir, sourceDate, version, defaultThreads());
    }

    /** @param threads how many documents are drawn at once (at least 1); the binder is drawn beside them */
    public ClosingSetBuilder(Path templatesDir, Optional<Instant> sourceDate, String version, int threads)
            throws DealException, IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.assembler = new DocumentAssembler(Manifest.load(templatesDir), new TemplateEngine(templatesDir));
        this.sourceDate = sourceDate;
        this.version = version;
    }

    public BuiltSet build(Path dealFile, String shownName) throws DealException, AssemblyException, IOException {
        return build(dealFile, shownName, BuildProgress.NONE);
    }

    public BuiltSet build(Path dealFile, String shownName, BuildProgress progress)
            throws DealException, AssemblyException, IOException {
        return build(assemble(dealFile, shownName), progress);
    }

    /** Loads the deal and assembles its documents as Markdown; draws no PDF. */
    public MarkdownSet assemble(Path dealFile, String shownName) throws DealException, AssemblyException {
        Deal deal = new DealLoader().load(dealFile, shownName);
        return new MarkdownSet(deal, assembler.assemble(deal, Figures.of(deal)));
    }

    /** Draws the PDFs of an assembled set, its binder, index.md and SHA256SUMS. */
    public BuiltSet build(MarkdownSet set) throws IOException {
        return build(set, BuildProgress.NONE);
    }

    /**
     * As {@link #build(MarkdownSet)}, telling {@code progress} of each document drawn. The documents are
     * drawn on up to {@code threads} threads at once, each with a renderer of its own, and the binder
     * beside them; the files are the same bytes whatever the number of threads.
     */
    public BuiltSet build(MarkdownSet set, BuildProgress progress) throws IOException {
        Deal deal = set.deal();
        List<AssembledDocument> documents = set.documents();
        Instant date = sourceDate.orElse(deal.dates().report().atStartOfDay(ZoneOffset.UTC).toInstant());

        SortedMap<String, byte[]> files = new TreeMap<>(set.markdownFiles());
        List<Binder.Entry> entries = documents.stream().map(d -> new Binder.Entry(d.entry().exhibit().orElse(""), d.title(),
                d.displayTitle(), d.markdown())).toList();
        PdfMetadata binderMetadata = metadata(deal, "Closing Set: " + deal.name(), date);
        ExecutorService binding = Executors.newSingleThreadExecutor(daemon("closingset-binder"));
        ExecutorService rendering = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, documents.size())),
                daemon("closingset-render"));
        try {
            Future<Binder.Bound> binder = binding.submit(() -> Binder.bind(binderPdf, deal, entries, binderMetadata));
            CompletionService<Rendered> drawing = new ExecutorCompletionService<>(rendering);
            for (int i = 0; i < documents.size(); i++) {
                int at = i;
                AssembledDocument d = documents.get(i);
                PdfMetadata metadata = metadata(deal, d.displayTitle(), date);
                drawing.submit(() -> render(at, d.markdown(), metadata));
            }
            // Taken as they finish, for the progress; kept by index, so the set is in document order.
            Rendered[] rendered = new Rendered[documents.size()];
            for (int done = 1; done <= documents.size(); done++) {
                Rendered r = result(drawing.take(), "draw a document");
                rendered[r.index()] = r;
                progress.documentRendered(deal.id(), done, documents.size());
            }
            List<IndexPage.Row> rows = new ArrayList<>();
            List<Integer> ownPages = new ArrayList<>();
            // The PDFs were hashed where they were drawn; SHA256SUMS takes those rather than hash them again.
            Map<String, String> known = new HashMap<>();
            for (int i = 0; i < documents.size(); i++) {
                AssembledDocument d = documents.get(i);
                Rendered r = rendered[i];
                files.put(d.output() + ".pdf", r.pdf());
                known.put(d.output() + ".pdf", r.sha256());
                rows.add(new IndexPage.Row(d.entry().exhibit().orElse(""), d.title(), d.output(), r.pages(), r.sha256(),
                        d.allocation().map(Allocation::investor)));
                ownPages.add(r.pages());
            }
            Binder.Bound bound = result(binder, "bind the closing set");
            if (!bound.documentPages().equals(ownPages)) {
                throw new IllegalStateException("documents took " + bound.documentPages() + " pages in the binder but "
                        + ownPages + " alone; the binder's contents would be wrong");
            }
            String binderSha256 = sha256(bound.pdf());
            files.put(Binder.FILE, bound.pdf());
            known.put(Binder.FILE, binderSha256);
            files.put(INDEX, IndexPage.render(deal, rows, new IndexPage.Row("", "The whole set in one PDF: cover, contents, "
                    + "every document, bookmarks", "closing-set", bound.pages(), binderSha256, Optional.empty()), version)
                    .getBytes(StandardCharsets.UTF_8));
            files.put(CHECKSUMS, checksums(files, known));
            return new BuiltSet(deal.id(), files, documents.size(), ownPages.stream().mapToInt(Integer::intValue).sum());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the closing set", e);
        } finally {
            rendering.shutdownNow();
            binding.shutdownNow();
        }
    }

    /** One document's PDF, its page count and hash, and where it stands in the set. */
    private record Rendered(int index, byte[] pdf, int pages, String sha256) {
    }

    private Rendered render(int index, String markdown, PdfMetadata metadata) throws IOException {
        PdfRenderer pdf = renderers.take();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int pages = pdf.render(markdown, metadata, out);
            byte[] bytes = out.toByteArray();
            return new Rendered(index, bytes, pages, sha256(bytes));
        } finally {
            renderers.giveBack(pdf);
        }
    }

    private static <T> T result(Future<T> task, String what) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while trying to " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot " + what + ": " + e.getCause(), e.getCause());
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** {@code -Dclosingset.threads=N}, else one per processor; never fewer than one. */
    static int defaultThreads() {
        return Math.max(1, Integer.getInteger("closingset.threads", Runtime.getRuntime().availableProcessors()));
    }

    private PdfMetadata metadata(Deal deal, String title, Instant date) {
        return new PdfMetadata(title, deal.name(), deal.issuer().name(), deal.id(), "ClosingSet " + version, date);
    }

    /**
     * One line per file in name order, {@code <sha-256>  <name>}, as {@code sha256sum} writes and reads it;
     * {@code known} holds hashes already computed.
     */
    private static byte[] checksums(SortedMap<String, byte[]> files, Map<String, String> known) {
        StringBuilder s = new StringBuilder();
        files.forEach((name, bytes) -> s.append(known.computeIfAbsent(name, n -> sha256(bytes))).append("  ")
                .append(name).append('\n'));
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
