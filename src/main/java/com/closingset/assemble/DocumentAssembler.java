package com.closingset.assemble;

import com.closingset.layout.SetLayout;
import com.closingset.deal.Deal;
import com.closingset.figures.Wording;
import com.closingset.markdown.LayoutDirective;
import com.closingset.markdown.LinkTargets;
import com.closingset.markdown.MarkdownDialect;
import com.closingset.markdown.Misreading;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import com.vladsch.flexmark.util.ast.Document;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/** Renders every generated document of the manifest to Markdown for one deal. */
public final class DocumentAssembler {
    private static final Wording WORDING = new Wording();

    private final Manifest manifest;
    private final TemplateEngine engine;
    private final boolean sentencePerLine;
    private final int threads;
    private final Optional<RememberedDocuments> remembered;
    // Paragraph lines already split into sentences, shared by the threads of one assembly at a time.
    private final Map<String, String> sentences = new ConcurrentHashMap<>();

    /** An assembler whose Markdown has one sentence per line ({@link SentenceLines}), on one thread. */
    public DocumentAssembler(Manifest manifest, TemplateEngine engine) {
        this(manifest, engine, true, 1, false);
    }

    /** As {@link #DocumentAssembler(Manifest, TemplateEngine)}, each investor's documents on one of {@code threads} threads. */
    public DocumentAssembler(Manifest manifest, TemplateEngine engine, int threads) {
        this(manifest, engine, true, threads, false);
    }

    /**
     * As {@link #DocumentAssembler(Manifest, TemplateEngine, int)}; {@code remember} true keeps each
     * deal's documents from one assembly to the next ({@link RememberedDocuments}), for a process
     * that assembles the same deal again and again with the same templates.
     */
    public DocumentAssembler(Manifest manifest, TemplateEngine engine, int threads, boolean remember) {
        this(manifest, engine, true, threads, remember);
    }

    /**
     * {@code sentencePerLine} false leaves each paragraph's lines as the template wrote them: the
     * Markdown that one sentence per line must mean and render the same as.
     */
    public DocumentAssembler(Manifest manifest, TemplateEngine engine, boolean sentencePerLine) {
        this(manifest, engine, sentencePerLine, 1, false);
    }

    private DocumentAssembler(Manifest manifest, TemplateEngine engine, boolean sentencePerLine, int threads, boolean remember) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.manifest = manifest;
        this.engine = engine;
        this.sentencePerLine = sentencePerLine;
        this.threads = threads;
        this.remembered = remember ? Optional.of(new RememberedDocuments()) : Optional.empty();
    }

    /** The model every template of a deal sees: the deal, its figures and the wording helpers. */
    public static Map<String, Object> model(Deal deal) {
        Map<String, Object> model = new HashMap<>();
        model.put("deal", deal.values());
        model.put("figures", deal.figures().values());
        model.put("w", WORDING);
        return model;
    }

    public List<AssembledDocument> assemble(Deal deal) throws AssemblyException {
        sentences.clear();
        Map<String, Object> model = model(deal);

        // Titles and descriptions may name other exhibits' numbers, so the numbers are in the model
        // before any of them is evaluated.
        List<ManifestEntry> listed = manifest.entries().stream().filter(e -> !e.repeated() && e.in(deal)).toList();
        // An exhibit's number may be the deal's own, and a file name may hold it.
        Map<String, String> numbers = new HashMap<>();
        for (ManifestEntry e : listed) {
            numbers.put(e.id(), e.exhibit().isEmpty() ? "" : plain(engine.renderInline("manifest.yaml (" + e.id() + " exhibit)",
                    e.exhibit().get(), model)));
        }
        Map<String, Exhibit> byId = new LinkedHashMap<>();
        for (ManifestEntry e : listed) {
            TemplateMarkdownOutputModel plain = new TemplateMarkdownOutputModel(e.id(), null);
            byId.put(e.id(), exhibit(e, numbers.get(e.id()), plain, plain));
        }
        model.put("exhibit", Map.copyOf(byId));
        Map<String, String> outputs = outputs(model);
        List<Exhibit> exhibits = new ArrayList<>();
        for (ManifestEntry e : listed) {
            Exhibit exhibit = exhibit(e, numbers.get(e.id()),
                    engine.renderInline("manifest.yaml (" + e.id() + " title)", e.title(), model),
                    engine.renderInline("manifest.yaml (" + e.id() + " description)", e.description(), model));
            byId.put(e.id(), exhibit);
            if (e.exhibit().isPresent()) {
                exhibits.add(exhibit);
            }
        }
        model.put("exhibit", Map.copyOf(byId));
        model.put("exhibits", List.copyOf(exhibits));
        // The exhibits as templates see them are written out only where kept documents are compared with them.
        Round round = new Round(remembered.map(r -> r.round(deal.id(), deal.values(), deal.figures().values())),
                remembered.isEmpty() ? "" : byId.values().stream().map(DocumentAssembler::shown)
                        .collect(java.util.stream.Collectors.joining("\n")));

        // Each document is assembled apart from the others (a model of its own), so on several threads:
        // the set's own documents, then each item's, grouped by item in the deal's order, list by list.
        List<Callable<List<AssembledDocument>>> tasks = new ArrayList<>();
        Set<Integer> firsts = new HashSet<>();
        Map<String, PackedText> likes = new ConcurrentHashMap<>();
        for (ManifestEntry e : manifest.generated()) {
            if (!e.repeated() && e.in(deal)) {
                firsts.add(tasks.size());
                tasks.add(() -> List.of(document(e, outputs.get(e.id()), byId.get(e.id()), Optional.empty(),
                        new HashMap<>(model), null, round)));
            }
        }
        Set<String> lists = new LinkedHashSet<>();
        manifest.generated().stream().filter(e -> e.repeated() && e.in(deal)).forEach(e -> lists.add(e.forEach().orElseThrow()));
        for (String list : lists) {
            List<?> items = (List<?>) deal.value(list);
            for (int i = 0; i < items.size(); i++) {
                @SuppressWarnings("unchecked")
                Item item = new Item(list, i + 1, (Map<String, Object>) items.get(i));
                if (i == 0) {
                    firsts.add(tasks.size());
                }
                tasks.add(() -> itemDocuments(deal, item, items.size(), outputs, new HashMap<>(model), likes, round));
            }
        }
        try {
            // The first item's documents are made first: the others are packed against them.
            List<List<AssembledDocument>> made = new ArrayList<>(Collections.nCopies(tasks.size(), null));
            assembleInto(made, tasks, firsts::contains);
            made.stream().filter(Objects::nonNull).flatMap(List::stream).filter(d -> d.item().isPresent())
                    .forEach(d -> likes.putIfAbsent(d.entry().id(), d.text()));
            assembleInto(made, tasks, i -> !firsts.contains(i));
            round.remembered().ifPresent(RememberedDocuments.Round::done);
            return made.stream().flatMap(List::stream).toList();
        } finally {
            // Its lines name investors: kept past the assembly, it would grow with the deal.
            sentences.clear();
        }
    }

    /** Runs the tasks {@code which} picks by place, each result put at its task's place in {@code made}. */
    private void assembleInto(List<List<AssembledDocument>> made, List<Callable<List<AssembledDocument>>> tasks,
                              IntPredicate which) throws AssemblyException {
        List<Integer> places = IntStream.range(0, tasks.size()).filter(which).boxed().toList();
        List<List<AssembledDocument>> results = inParallel(places.stream().map(tasks::get).toList());
        for (int i = 0; i < places.size(); i++) {
            made.set(places.get(i), results.get(i));
        }
    }

    private List<AssembledDocument> itemDocuments(Deal deal, Item item, int count, Map<String, String> outputs,
                                                  Map<String, Object> model, Map<String, PackedText> likes, Round round)
            throws AssemblyException {
        List<AssembledDocument> out = new ArrayList<>();
        for (ManifestEntry e : manifest.generated()) {
            if (e.forEach().filter(item.list()::equals).isPresent() && e.in(deal)) {
                model.put(e.as().orElseThrow(), item.values());
                String output = SetLayout.repeated(outputs.get(e.id()), item.number(), count);
                Exhibit document = exhibit(e, "",
                        engine.renderInline("manifest.yaml (" + e.id() + " title)", e.title(), model),
                        engine.renderInline("manifest.yaml (" + e.id() + " description)", e.description(), model));
                out.add(document(e, output, document, Optional.of(item), model, likes.get(e.id()), round));
                model.remove(e.as().orElseThrow());
            }
        }
        return out;
    }

    /** The tasks' results in the tasks' order, run on up to {@code threads} threads; the first failure in that order is thrown. */
    private <T> List<T> inParallel(List<Callable<T>> tasks) throws AssemblyException {
        if (threads == 1 || tasks.size() < 2) {
            List<T> results = new ArrayList<>();
            for (Callable<T> t : tasks) {
                results.add(call(t));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread t = new Thread(r, "closingset-assemble");
            t.setDaemon(true);
            // A thread's failure reaches the assembly through its task's future; none is printed as a stack trace.
            t.setUncaughtExceptionHandler((thread, e) -> { });
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            tasks.forEach(t -> futures.add(pool.submit(t)));
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(result(f));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> task) throws AssemblyException {
        try {
            return task.call();
        } catch (AssemblyException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T result(Future<T> f) throws AssemblyException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while assembling", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssemblyException a) {
                throw a;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                // Out of memory or stack: said as such, not as a failure of assembly.
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One assembly's documents kept from the last, if they are kept at all, and every exhibit as templates see it. */
    private record Round(Optional<RememberedDocuments.Round> remembered, String exhibits) {
    }

    /** A document as it was last assembled, when nothing it was made from has changed; else assembled. */
    private AssembledDocument document(ManifestEntry e, String output, Exhibit document, Optional<Item> item,
                                       Map<String, Object> model, PackedText like, Round round) throws AssemblyException {
        if (round.remembered().isEmpty()) {
            return document(e, output, document, item, model, like);
        }
        RememberedDocuments.Round kept = round.remembered().get();
        String key = e.id() + item.map(i -> "#" + i.number()).orElse("");
        RememberedDocuments.Inputs inputs = new RememberedDocuments.Inputs(output, shown(document), round.exhibits(),
                item.map(Item::values).orElse(null));
        Optional<AssembledDocument> same = kept.kept(key, inputs);
        if (same.isPresent()) {
            return same.get();
        }
        ValuesRead deal = kept.dealRead();
        ValuesRead figures = kept.figuresRead();
        model.put("deal", deal);
        model.put("figures", figures);
        AssembledDocument made = document(e, output, document, item, model, like);
        kept.made(key, new RememberedDocuments.Remembered(inputs, deal.reading(), figures.reading(), made));
        return made;
    }

    /** An exhibit as its templates see it: each of its fields, its title and description as written. */
    private static String shown(Exhibit x) {
        return String.join("\u0000", x.id(), x.number(), MarkdownOutputFormat.INSTANCE.markup(x.title()),
                MarkdownOutputFormat.INSTANCE.markup(x.description()), Boolean.toString(x.generated()), x.partOf());
    }

    /** @param like the text to pack the document's against (the first item's), or null to keep it plain */
    private AssembledDocument document(ManifestEntry e, String output, Exhibit document, Optional<Item> item,
                                       Map<String, Object> model, PackedText like) throws AssemblyException {
        model.put("document", document);
        String title = MarkdownOutputFormat.INSTANCE.plainText(document.title());
        String template = e.template().orElseThrow();
        String markdown = MarkdownCleanup.clean(engine.render(template, model), text -> engine.locate(template, text));
        if (sentencePerLine) {
            markdown = SentenceLines.split(markdown, sentences);
        }
        // One parse serves the three checks of what the document says.
        Document parsed = MarkdownDialect.parser().parse(markdown);
        Optional<Misreading> misread = MarkdownDialect.misreading(markdown, parsed);
        if (misread.isPresent()) {
            throw new AssemblyException(where(template, output, misread.get()) + ": " + misread.get().message(), null);
        }
        Optional<LayoutDirective.LayoutProblem> layout = MarkdownDialect.layoutProblem(markdown, parsed);
        if (layout.isPresent()) {
            // The document's line as well as the template's: a directive opened in one macro may be closed in another.
            throw atLine(template, output, layout.get().line(), layout.get().sourceLine(), layout.get().message());
        }
        Optional<LinkTargets.LinkProblem> link = MarkdownDialect.linkProblem(markdown, parsed);
        if (link.isPresent()) {
            throw atLine(template, output, link.get().line(), link.get().sourceLine(), link.get().message());
        }
        return new AssembledDocument(e, output, document.number(), title,
                like == null ? PackedText.plain(markdown) : like.packLike(markdown), item);
    }

    /** A problem at the template's line that holds {@code sourceLine}, and at {@code line} of the document. */
    private AssemblyException atLine(String template, String output, int line, String sourceLine, String message) {
        return new AssemblyException(engine.locate(template, sourceLine.strip()) + " (line " + line + " of "
                + SetLayout.markdown(output) + "): " + message, null);
    }

    /** The template's line where the text stands, else the document's line: a deal's value may be in it. */
    private String where(String template, String output, Misreading m) {
        String text = m.sourceLine().strip();
        String at = engine.locate(template, text.substring(0, Math.min(text.length(), 40)));
        return at.equals(engine.shown(template)) ? at + " (line " + m.line() + " of " + SetLayout.markdown(output) + ")" : at;
    }

    private static Exhibit exhibit(ManifestEntry e, String number, TemplateMarkdownOutputModel title,
                                   TemplateMarkdownOutputModel description) {
        return new Exhibit(e.id(), number, title, description, e.generated(), e.partOf().orElse(""));
    }

    private static String plain(TemplateMarkdownOutputModel markdown) {
        return MarkdownOutputFormat.INSTANCE.plainText(markdown);
    }

    /**
     * Each generated document's file name for this deal: the manifest's, evaluated where it names the
     * deal's exhibit number ({@code ex-${exhibit["ex-5"].number}-letter}); each one a file name, and
     * no two the same.
     */
    private Map<String, String> outputs(Map<String, Object> model) throws AssemblyException {
        Map<String, String> outputs = new LinkedHashMap<>();
        Set<String> repeated = Manifest.repeatedIds(manifest.generated());
        for (ManifestEntry e : manifest.generated()) {
            String source = e.output().orElseThrow();
            String output = source.contains("${") ? plain(engine.renderInline("manifest.yaml (" + e.id() + " output)", source, model)) : source;
            Optional<String> problem = Manifest.outputProblem(output, e.repeated(), outputs, repeated);
            if (problem.isPresent()) {
                throw new AssemblyException(e.outputAt() + ": " + problem.get() + " (for this deal, the name is \"" + output + "\")", null);
            }
            outputs.put(e.id(), output);
        }
        return outputs;
    }
}
