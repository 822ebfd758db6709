package com.closingset.pipeline;

import com.closingset.layout.SetLayout;
import com.closingset.assemble.AssembledDocument;
import com.closingset.assemble.AssemblyException;
import com.closingset.deal.Deal;
import com.closingset.deal.InputException;
import com.closingset.deal.DealLoader;
import com.closingset.pdf.PdfMetadata;
import com.closingset.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final SetAssembly assembly;
    // Each thread drawing a document holds a renderer (fonts) of its own, kept for the next deal.
    private final RendererPool renderers = new RendererPool();
    // The binder is laid out beside the documents' own PDFs, on a renderer (fonts) of its own.
    private final PdfRenderer binderPdf = new PdfRenderer();
    private final SetMetadata metadata;
    private final String version;
    private final int threads;
    // A set built in memory is compared, not kept: no previous build to take PDFs over from.
    private static final BuildInputs IN_MEMORY = BuildInputs.ofEngine("in memory");

    /**
     * @param sourceDate the date PDFs carry (from {@code SOURCE_DATE_EPOCH}); when empty, the deal's
     *                   date of report, so that output never depends on the day it is built
     */
    public ClosingSetBuilder(Path templatesDir, Optional<Instant> sourceDate, String version)
            throws InputException, IOException {
        this(templatesDir, sourceDate, version, defaultThreads());
    }

    /** @param threads how many documents are drawn at once (at least 1); the binder is drawn beside them */
    public ClosingSetBuilder(Path templatesDir, Optional<Instant> sourceDate, String version, int threads)
            throws InputException, IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.assembly = new SetAssembly(templatesDir, threads);
        this.metadata = new SetMetadata(sourceDate, version);
        this.version = version;
    }

    public BuiltSet build(Path dealFile, String shownName) throws InputException, AssemblyException, IOException {
        return build(dealFile, shownName, BuildProgress.NONE);
    }

    public BuiltSet build(Path dealFile, String shownName, BuildProgress progress)
            throws InputException, AssemblyException, IOException {
        return build(assemble(dealFile, shownName), progress);
    }

    /** Loads the deal and assembles its documents as Markdown; draws no PDF. */
    public MarkdownSet assemble(Path dealFile, String shownName) throws InputException, AssemblyException {
        return assemble(loader().load(dealFile, shownName));
    }

    /** The loader of deal files for the kits this builder builds. */
    public DealLoader loader() {
        return assembly.loader();
    }

    /** Assembles a loaded deal's documents as Markdown, and its binder's cover; draws no PDF. */
    public MarkdownSet assemble(Deal deal) throws AssemblyException {
        return assembly.assemble(deal);
    }

    /** Draws the PDFs of an assembled set, its binder, index.md and SHA256SUMS, in memory. */
    public BuiltSet build(MarkdownSet set) throws IOException, AssemblyException {
        return build(set, BuildProgress.NONE);
    }

    /** As {@link #build(MarkdownSet)}, telling {@code progress} of each document drawn. */
    public BuiltSet build(MarkdownSet set, BuildProgress progress) throws IOException, AssemblyException {
        MemoryFiles files = new MemoryFiles();
        BuildResult r = build(set, files, IN_MEMORY, Optional.empty(), progress);
        return new BuiltSet(r.dealId(), files.files(), r.documents(), r.pages());
    }

    /**
     * Puts every file of an assembled set into {@code sink} as it is made: each document's Markdown
     * and PDF, the binder, index.md and SHA256SUMS. A PDF whose inputs ({@code inputs}: its Markdown,
     * metadata and the engine) are those {@code previous} records is taken over from the previous
     * build when the sink still has its bytes; any other is drawn. The documents are drawn on up to
     * {@code threads} threads at once, each with a renderer of its own, and the binder beside them;
     * the files are the same bytes whatever the number of threads, and whatever was taken over.
     */
    public BuildResult build(MarkdownSet set, FileSink sink, BuildInputs inputs, Optional<BuildRecord> previous,
                             BuildProgress progress) throws IOException, AssemblyException {
        Deal deal = set.deal();
        List<AssembledDocument> documents = set.documents();
        Map<String, String> sha256 = new TreeMap<>();
        Map<String, BuildRecord.Drawn> drawn = new TreeMap<>();
        for (Map.Entry<String, byte[]> md : set.markdownFiles().entrySet()) {
            sink.put(md.getKey(), md.getValue());
            sha256.put(md.getKey(), sha256(md.getValue()));
        }

        List<Binder.Entry> entries = documents.stream().map(d -> new Binder.Entry(d.entry().exhibit().orElse(""), d.title(),
                d.displayTitle(), d.markdown())).toList();
        PdfMetadata binderMetadata = metadata.pdf(deal, "Closing Set: " + deal.name());
        List<String> documentInputs = new ArrayList<>();
        for (AssembledDocument d : documents) {
            documentInputs.add(inputs.document(sha256.get(SetLayout.markdown(d.output())), fields(metadata.pdf(deal, d.displayTitle()))));
        }
        List<String> binderFields = new ArrayList<>(fields(binderMetadata));
        binderFields.add(set.cover());
        entries.forEach(e -> binderFields.addAll(List.of(e.exhibit(), e.title(), e.label())));
        String binderInputs = inputs.document(String.join("\n", documentInputs), binderFields);

        ExecutorService binding = Executors.newSingleThreadExecutor(daemon("closingset-binder"));
        ExecutorService rendering = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, documents.size())),
                daemon("closingset-render"));
        try {
            Optional<Rendered> binderKept = kept(SetLayout.BINDER, binderInputs, -1, previous, sink);
            Future<Binder.Bound> binder = binderKept.isPresent() ? null : binding.submit(() -> {
                try (OutputStream out = sink.create(SetLayout.BINDER)) {
                    return Binder.bind(binderPdf, set.cover(), entries, binderMetadata, out);
                }
            });
            CompletionService<Rendered> drawing = new ExecutorCompletionService<>(rendering);
            // Taken as they finish, for the progress; kept by index, so the set is in document order.
            Rendered[] rendered = new Rendered[documents.size()];
            int done = 0;
            int submitted = 0;
            for (int i = 0; i < documents.size(); i++) {
                int at = i;
                AssembledDocument d = documents.get(i);
                String name = SetLayout.pdf(d.output());
                Optional<Rendered> kept = kept(name, documentInputs.get(i), i, previous, sink);
                if (kept.isPresent()) {
                    rendered[i] = kept.get();
                    progress.documentRendered(deal.id(), ++done, documents.size());
                } else {
                    PdfMetadata own = metadata.pdf(deal, d.displayTitle());
                    drawing.submit(() -> render(at, name, d.markdown(), own, sink));
                    submitted++;
                }
            }
            for (int n = 0; n < submitted; n++) {
                Rendered r = result(drawing.take(), "draw a document");
                rendered[r.index()] = r;
                progress.documentRendered(deal.id(), ++done, documents.size());
            }
            List<IndexPage.Row> rows = new ArrayList<>();
            List<Integer> ownPages = new ArrayList<>();
            int drawnNow = 0;
            for (int i = 0; i < documents.size(); i++) {
                AssembledDocument d = documents.get(i);
                Rendered r = rendered[i];
                sha256.put(SetLayout.pdf(d.output()), r.sha256());
                drawn.put(SetLayout.pdf(d.output()), new BuildRecord.Drawn(documentInputs.get(i), r.pages()));
                drawnNow += r.reused() ? 0 : 1;
                rows.add(new IndexPage.Row(d.entry().exhibit().orElse(""), d.title(), d.output(), r.pages(), r.sha256(),
                        d.item()));
                ownPages.add(r.pages());
            }
            String binderSha256;
            int binderPages;
            if (binder == null) {
                binderSha256 = binderKept.get().sha256();
                binderPages = binderKept.get().pages();
            } else {
                Binder.Bound bound = result(binder, "bind the closing set");
                if (!bound.documentPages().equals(ownPages)) {
                    throw new IllegalStateException("documents took " + bound.documentPages() + " pages in the binder but "
                            + ownPages + " alone; the binder's contents would be wrong");
                }
                binderSha256 = bound.sha256();
                binderPages = bound.pages();
            }
            sha256.put(SetLayout.BINDER, binderSha256);
            drawn.put(SetLayout.BINDER, new BuildRecord.Drawn(binderInputs, binderPages));
            // The binder's row: its title is the binder PDF's; how the index words it is the kit's.
            byte[] index = IndexPage.render(assembly.templates(deal.kit()), deal, rows, new IndexPage.Row("", binderMetadata.title(),
                    SetLayout.BINDER_OUTPUT, binderPages, binderSha256, Optional.empty()), version)
                    .getBytes(StandardCharsets.UTF_8);
            sink.put(SetLayout.INDEX, index);
            sha256.put(SetLayout.INDEX, sha256(index));
            byte[] checksums = checksums(sha256);
            sink.put(SetLayout.CHECKSUMS, checksums);
            sha256.put(SetLayout.CHECKSUMS, sha256(checksums));
            return new BuildResult(deal.id(), documents.size(), ownPages.stream().mapToInt(Integer::intValue).sum(),
                    drawnNow + (binder == null ? 0 : 1), sha256, drawn);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the closing set", e);
        } finally {
            rendering.shutdownNow();
            binding.shutdownNow();
        }
    }

    /**
     * The previous build's PDF {@code name}, put into {@code sink} as it is, when it was drawn from
     * the same {@code inputs} and its bytes are still those recorded.
     */
    private static Optional<Rendered> kept(String name, String inputs, int index, Optional<BuildRecord> previous,
                                           FileSink sink) throws IOException {
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        BuildRecord.Drawn d = previous.get().drawn().get(name);
        BuildRecord.Written w = previous.get().files().get(name);
        if (d == null || w == null || !d.inputs().equals(inputs) || !sink.reuse(name, w.sha256())) {
            return Optional.empty();
        }
        return Optional.of(new Rendered(index, d.pages(), w.sha256(), true));
    }

    /** One document's PDF (put into the sink): its page count and hash, and where it stands in the set. */
    private record Rendered(int index, int pages, String sha256, boolean reused) {
    }

    private Rendered render(int index, String name, String markdown, PdfMetadata metadata, FileSink sink) throws IOException {
        PdfRenderer pdf = renderers.take();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int pages = pdf.render(markdown, metadata, out);
            byte[] bytes = out.toByteArray();
            sink.put(name, bytes);
            return new Rendered(index, pages, sha256(bytes), false);
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

    /** One line per file in name order, {@code <sha-256>  <name>}, as {@code sha256sum} writes and reads it. */
    private static byte[] checksums(Map<String, String> sha256) {
        StringBuilder s = new StringBuilder();
        new TreeMap<>(sha256).forEach((name, hash) -> s.append(hash).append("  ").append(name).append('\n'));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The metadata as a PDF's hash of inputs reads it. */
    private static List<String> fields(PdfMetadata m) {
        return List.of(m.title(), m.subject(), m.author(), m.keywords(), m.creator(), m.date().toString());
    }

    public static String sha256(byte[] bytes) {
        return Sha256.of(bytes);
    }
}
