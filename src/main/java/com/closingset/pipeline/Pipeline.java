package com.closingset.pipeline;

import com.closingset.assemble.AssembledDocument;
import com.closingset.assemble.AssemblyException;
import com.closingset.deal.Deal;
import com.closingset.deal.DealFile;
import com.closingset.deal.DealLoader;
import com.closingset.deal.InputException;
import com.closingset.layout.SetLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Collections;

/**
 * The one way a closing set is made, for {@code build}, {@code check} and {@code redline} alike:
 * load (the deal against its kit, figures and rules) → assemble (the kit's templates, to Markdown)
 * → render (each {@link Renderer}: the Markdown files, the documents' PDFs, the binder) → write
 * ({@code index.md} and {@code SHA256SUMS}, into a {@link FileSink}). Set up once, it keeps its
 * templates and renderers (fonts loaded) for every deal it is given.
 */
public final class Pipeline {
    // A set built in memory is compared, not kept: no previous build to take files over from.
    private static final BuildInputs IN_MEMORY = BuildInputs.ofEngine("in memory");

    private final SetAssembly assembly;
    private final SetMetadata metadata;
    private final List<Renderer> renderers;
    private final String version;
    private final int threads;

    /**
     * @param sourceDate the date PDFs carry (from {@code SOURCE_DATE_EPOCH}); when empty, the deal's
     *                   date, so that output never depends on the day it is built
     */
    public Pipeline(Path templatesDir, Optional<Instant> sourceDate, String version) throws IOException {
        this(templatesDir, sourceDate, version, defaultThreads());
    }

    /** @param threads how many files are drawn at once (at least 1); the binder is drawn beside them */
    public Pipeline(Path templatesDir, Optional<Instant> sourceDate, String version, int threads) throws IOException {
        this(templatesDir, sourceDate, version, threads, standardRenderers());
    }

    /** A pipeline drawing what {@code renderers} draw, in their order; index.md and SHA256SUMS list it all. */
    public Pipeline(Path templatesDir, Optional<Instant> sourceDate, String version, int threads, List<Renderer> renderers)
            throws IOException {
        this(templatesDir, sourceDate, version, threads, renderers, false);
    }

    /** As the constructor above; {@code remember} as for {@link SetAssembly#SetAssembly(Path, int, boolean)}. */
    public Pipeline(Path templatesDir, Optional<Instant> sourceDate, String version, int threads, List<Renderer> renderers,
                    boolean remember) throws IOException {
        this.renderers = List.copyOf(renderers);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.assembly = new SetAssembly(templatesDir, threads, remember);
        this.metadata = new SetMetadata(sourceDate, version);
        this.version = version;
    }

    /** Each document's Markdown, PDF and Word file, and the binder: every closing set's files. */
    public static List<Renderer> standardRenderers() {
        return List.of(new MarkdownFiles(), new DocumentPdfs(), new DocumentDocx(), new Binder());
    }

    /** The loader of deal files for the kits of this pipeline's templates. */
    public DealLoader loader() {
        return assembly.loader();
    }

    public Deal load(DealFile file) throws InputException {
        return assembly.load(file);
    }

    /** What every PDF of a deal carries: its date and metadata. */
    public SetMetadata metadata() {
        return metadata;
    }

    /** Loads the deal and assembles its documents as Markdown; draws nothing. */
    public MarkdownSet assemble(Path dealFile, String shownName) throws InputException, AssemblyException {
        return assemble(loader().load(dealFile, shownName));
    }

    /** Assembles a loaded deal's documents as Markdown, and its binder's cover; draws nothing. */
    public MarkdownSet assemble(Deal deal) throws AssemblyException {
        return assembly.assemble(deal);
    }

    public BuiltSet build(Path dealFile, String shownName) throws InputException, AssemblyException, IOException {
        return build(assemble(dealFile, shownName), BuildProgress.NONE);
    }

    /** Every file of an assembled set, in memory. */
    public BuiltSet build(MarkdownSet set) throws IOException, AssemblyException {
        return build(set, BuildProgress.NONE);
    }

    /** As {@link #build(MarkdownSet)}, telling {@code progress} of each document drawn. */
    public BuiltSet build(MarkdownSet set, BuildProgress progress) throws IOException, AssemblyException {
        MemoryFiles files = new MemoryFiles();
        BuildResult r = build(set, files, IN_MEMORY, Optional.empty(), progress);
        return new BuiltSet(r.dealId(), files.files(), r.documents(), r.pages());
    }

    /** Puts every file of an assembled set into {@code sink} (a check's, which compares them), none taken over. */
    public BuildResult build(MarkdownSet set, FileSink sink) throws IOException, AssemblyException {
        return build(set, sink, IN_MEMORY, Optional.empty(), BuildProgress.NONE);
    }

    /**
     * Puts every file of an assembled set into {@code sink}: what each renderer draws, then index.md
     * and SHA256SUMS. A file whose inputs ({@code inputs}: what it is drawn from, and the engine) are
     * those {@code previous} records is taken over when the sink still has its bytes.
     */
    public BuildResult build(MarkdownSet set, FileSink sink, BuildInputs inputs, Optional<BuildRecord> previous,
                             BuildProgress progress) throws IOException, AssemblyException {
        List<Drawing> drawings = new ArrayList<>();
        renderers.forEach(r -> drawings.addAll(r.drawings(set, metadata)));
        Map<String, DrawingRun.Made> made = new DrawingRun(sink, inputs, previous, threads).run(set.deal().id(), drawings, progress);
        checkBound(made);
        Map<String, String> sha256 = new TreeMap<>();
        Map<String, BuildRecord.Drawn> drawn = new TreeMap<>();
        made.forEach((file, m) -> {
            sha256.put(file, m.sha256());
            if (m.drawing().reusable()) {
                drawn.put(file, new BuildRecord.Drawn(m.inputs(), m.drawn().pages()));
            }
        });
        put(sink, sha256, SetLayout.INDEX, index(set, made));
        put(sink, sha256, SetLayout.CHECKSUMS, checksums(sha256));
        int pages = set.documents().stream().mapToInt(d -> made.get(SetLayout.pdf(d.output())).drawn().pages()).sum();
        int drawnNow = (int) made.values().stream()
                .filter(m -> SetLayout.isPdf(m.drawing().file()) && m.drawing().reusable() && !m.reused()).count();
        return new BuildResult(set.deal().id(), set.documents().size(), pages, drawnNow, sha256, drawn);
    }

    /** The name of every file a build of {@code set} writes, known without drawing any. */
    public SortedSet<String> fileNames(MarkdownSet set) {
        SortedSet<String> names = new TreeSet<>(List.of(SetLayout.INDEX, SetLayout.CHECKSUMS));
        renderers.forEach(r -> r.drawings(set, metadata).forEach(d -> names.add(d.file())));
        return Collections.unmodifiableSortedSet(names);
    }

    /** A file that binds others must give each as many pages as it took alone, or its contents would point wrong. */
    private static void checkBound(Map<String, DrawingRun.Made> made) {
        for (DrawingRun.Made m : made.values()) {
            if (m.reused() || m.drawing().binds().isEmpty()) {
                continue;
            }
            List<Integer> alone = m.drawing().binds().stream().map(f -> made.get(f).drawn().pages()).toList();
            if (!m.drawn().boundPages().equals(alone)) {
                throw new IllegalStateException("documents took " + m.drawn().boundPages() + " pages in " + m.drawing().file()
                        + " but " + alone + " alone; its contents would be wrong");
            }
        }
    }

    /** index.md, as the kit's index template words it: each document's row, then the binder's. */
    private byte[] index(MarkdownSet set, Map<String, DrawingRun.Made> made) throws AssemblyException {
        List<IndexPage.Row> rows = new ArrayList<>();
        for (AssembledDocument d : set.documents()) {
            DrawingRun.Made pdf = made.get(SetLayout.pdf(d.output()));
            Optional<String> docx = Optional.ofNullable(made.get(SetLayout.docx(d.output()))).map(DrawingRun.Made::sha256);
            rows.add(new IndexPage.Row(d.exhibit(), d.title(), d.output(), pdf.drawn().pages(), pdf.sha256(), docx, d.item()));
        }
        DrawingRun.Made binder = made.get(SetLayout.BINDER);
        IndexPage.Row binderRow = new IndexPage.Row("", Binder.title(set.deal()), SetLayout.BINDER_OUTPUT, binder.drawn().pages(),
                binder.sha256(), Optional.empty());
        return IndexPage.render(assembly.templates(set.deal().kit()), set.deal(), rows, binderRow, version)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void put(FileSink sink, Map<String, String> sha256, String name, byte[] bytes) throws IOException {
        String hash = Sha256.of(bytes);
        sink.put(name, bytes, hash);
        sha256.put(name, hash);
    }

    /** One line per file in name order, {@code <sha-256>  <name>}, as {@code sha256sum} writes and reads it. */
    private static byte[] checksums(Map<String, String> sha256) {
        StringBuilder s = new StringBuilder();
        new TreeMap<>(sha256).forEach((name, hash) -> s.append(hash).append("  ").append(name).append('\n'));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code -Dclosingset.threads=N}, else one per processor; never fewer than one. */
    static int defaultThreads() {
        return Math.max(1, Integer.getInteger("closingset.threads", Runtime.getRuntime().availableProcessors()));
    }

    public static String sha256(byte[] bytes) {
        return Sha256.of(bytes);
    }
}
