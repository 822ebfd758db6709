package com.closingset.pipeline;

import com.closingset.layout.SetLayout;
import com.closingset.deal.DealFile;

import com.closingset.assemble.AssemblyException;
import com.closingset.deal.Deal;
import com.closingset.deal.InputException;
import com.closingset.deal.YamlFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds deals into {@code output/}, doing only what changed since the build that wrote it. A deal
 * whose inputs (deal file, templates, engine, date) hash as its {@link BuildRecord} says, and whose
 * folder still holds the files as recorded, is left alone: nothing is drawn or written. Any other
 * deal is assembled again, and its PDFs drawn from other Markdown than before are drawn again; the
 * rest are taken over. Every deal's set is staged before any is swapped in, so a deal that fails
 * leaves every folder as it was.
 */
public final class IncrementalBuild {
    private static final String UNCHANGED = "the previous output is unchanged";

    private final Path templatesDir;
    private final OutputFolder output;
    private final Optional<Instant> sourceDate;
    private final String version;
    // Hashed again, and the pipeline set up again, after a build that found the templates written while it ran.
    private BuildInputs inputs;
    private boolean templatesStale;
    // Made only when a deal has to be built: setting up the templates costs more than a build with nothing to do.
    private Pipeline pipeline;
    private final Supplier<List<Renderer>> renderers;
    private final boolean remember;
    private final Assembled assembled;

    /**
     * Told of each set a build assembles, with the deal file's bytes that were hashed for it: a process
     * that reads the same set for another purpose (the preview's redline) takes it rather than assembling
     * it again. It is told before the set is drawn, so it must not hold the build up.
     */
    public interface Assembled {
        Assembled NONE = (file, bytes, set) -> { };

        void set(DealFile file, byte[] bytes, MarkdownSet set);
    }

    /**
     * Hashes the engine and the templates at once, before anything reads the templates for building:
     * a template written during a build then stops it before its sets are swapped in.
     *
     * @param sourceDate the date PDFs carry, as for {@link Pipeline}
     */
    public IncrementalBuild(Path templatesDir, OutputFolder output, Optional<Instant> sourceDate, String version)
            throws IOException, InputException {
        this(templatesDir, output, sourceDate, version, Pipeline::standardRenderers);
    }

    /** As the other constructor, drawing what the {@code renderers} made when a deal has to be built draw. */
    public IncrementalBuild(Path templatesDir, OutputFolder output, Optional<Instant> sourceDate, String version,
                            Supplier<List<Renderer>> renderers) throws IOException, InputException {
        this(templatesDir, output, sourceDate, version, renderers, false, Assembled.NONE);
    }

    /**
     * As the other constructors; {@code remember} true keeps each deal's documents from one run to
     * the next, and assembles again only those a change can have touched ({@link SetAssembly}): for
     * a process that runs the same build after every save, which {@code assembled} tells of each set.
     * Such a process builds again after a template saved mid-build on its own, so the line that
     * stops the build does not tell its user to.
     */
    public IncrementalBuild(Path templatesDir, OutputFolder output, Optional<Instant> sourceDate, String version,
                            Supplier<List<Renderer>> renderers, boolean remember, Assembled assembled)
            throws IOException, InputException {
        this.renderers = renderers;
        this.remember = remember;
        this.assembled = assembled;
        this.templatesDir = templatesDir;
        this.output = output;
        this.sourceDate = sourceDate;
        this.version = version;
        this.inputs = hashed(templatesDir, version);
    }

    private static BuildInputs hashed(Path templatesDir, String version) throws InputException {
        try {
            return BuildInputs.of(version, templatesDir);
        } catch (IOException e) {
            throw TemplateFiles.unreadable(templatesDir, e);
        }
    }

    /** What became of one deal: built (with how many PDFs drawn), or already up to date. */
    public record Outcome(String dealId, Path folder, int documents, int pages, int pdfsDrawn, boolean upToDate) {
        /** The deal's PDFs: each document's and the binder. */
        public int pdfs() {
            return documents + 1;
        }

        /** How many of {@code pdfs} PDFs a build drew, as the commands say it: "every PDF drawn", "2 of 18 PDFs drawn, ...". */
        public static String drawn(int drawn, int pdfs) {
            return drawn == pdfs ? "every PDF drawn" : drawn + " of " + pdfs + " PDFs drawn, the rest unchanged";
        }
    }

    /** Builds {@code deals}, waiting for any other build of the same output folder to finish first. */
    public List<Outcome> run(List<DealFile> deals, BuildProgress progress) throws InputException, AssemblyException, IOException {
        return run(deals, progress, holder -> true);
    }

    /**
     * Builds {@code deals} holding the output folder alone; {@code waiting} is told when another
     * process holds it, and may give up ({@link OutputLock.Held}) rather than wait.
     */
    public List<Outcome> run(List<DealFile> deals, BuildProgress progress, OutputLock.Waiting waiting)
            throws InputException, AssemblyException, IOException {
        // Taking the lock makes the folder: whether it was there before decides whether a failure removes it.
        boolean outputExisted = output.exists();
        try (OutputLock lock = output.lockForBuild(waiting)) {
            boolean built = false;
            try {
                List<Outcome> outcomes = runLocked(deals, progress);
                built = true;
                return outcomes;
            } finally {
                if (!built && !outputExisted) {
                    output.removeIfEmpty();
                }
            }
        }
    }

    private List<Outcome> runLocked(List<DealFile> deals, BuildProgress progress) throws InputException, AssemblyException, IOException {
        if (templatesStale) {
            inputs = hashed(templatesDir, version);
            pipeline = null;
            templatesStale = false;
        }
        List<byte[]> bytes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (DealFile source : deals) {
            byte[] read = YamlFile.bytes(source.path(), source.shown());
            bytes.add(read);
            keys.add(inputs.deal(read, sourceDate));
        }
        Optional<List<Outcome>> nothingToDo = allUpToDate(keys);
        progress.stageDone("hash the inputs, compare with the last build");
        if (nothingToDo.isPresent()) {
            return nothingToDo.get();
        }
        // Every deal is read before any is built: a bad deal file fails the build at once, having written nothing.
        List<Loaded> loaded = load(deals, bytes, keys, progress);
        progress.stageDone("load and check the deals");
        List<StagedSet> staged = new ArrayList<>();
        try {
            List<Outcome> outcomes;
            try {
                // A build killed mid-swap left a deal's previous set aside: put it back before anything can fail.
                output.recover();
                outcomes = stage(loaded, staged, progress);
            } catch (IOException e) {
                throw OutputException.from(e, output.root()).leaving(UNCHANGED);
            }
            templatesAsHashed(staged);
            commit(staged);
            progress.stageDone("swap the new sets in");
            return outcomes;
        } finally {
            for (StagedSet s : staged) {
                output.discard(s);
            }
        }
    }

    /** Each deal's set written into a scratch folder of its own (added to {@code staged}), unless it is up to date. */
    private List<Outcome> stage(List<Loaded> loaded, List<StagedSet> staged, BuildProgress progress)
            throws InputException, AssemblyException, IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Loaded l : loaded) {
            Path folder = output.current(l.deal().id());
            Optional<BuildRecord> previous = Files.isDirectory(folder) ? BuildRecord.read(folder) : Optional.empty();
            if (previous.isPresent() && previous.get().inputs().equals(l.inputs()) && previous.get().describes(folder)) {
                outcomes.add(upToDate(l.deal().id(), folder, previous.get()));
                continue;
            }
            StagedSet stage = output.stage(l.deal().id());
            staged.add(stage);
            Pipeline b = pipeline();
            MarkdownSet set = b.assemble(l.deal());
            assembled.set(l.source(), l.bytes(), set);
            progress.stageDone("assemble the Markdown");
            BuildResult result = b.build(set, stage, inputs, previous, progress);
            progress.stageDone("draw the files");
            stage.awaitFlushed();
            progress.stageDone("wait for the disk");
            BuildRecord record = BuildRecord.of(l.deal().id(), l.inputs(), stage.folder(), result.sha256(), result.drawn());
            stage.put(SetLayout.BUILD_RECORD, record.bytes());
            outcomes.add(new Outcome(l.deal().id(), folder, result.documents(), result.pages(), result.pdfsDrawn(), false));
        }
        return outcomes;
    }

    /**
     * Stops before the swap when a file of the templates was written after they were hashed: the sets
     * could mix its text before and after under the hash of the one before ({@link TemplateFiles}).
     * The next run hashes them again.
     */
    private void templatesAsHashed(List<StagedSet> staged) throws InputException {
        if (staged.isEmpty()) {
            return;
        }
        try {
            inputs.templatesAsHashed("the set was being built", "its documents could mix the old text and the new; "
                    + UNCHANGED + (remember ? "" : ": build again"));
        } catch (InputException e) {
            templatesStale = true;
            throw e;
        }
    }

    /** Swaps every staged set in; a failure says which deals' folders were replaced before it. */
    private void commit(List<StagedSet> staged) throws OutputException {
        List<String> replaced = new ArrayList<>();
        try {
            for (StagedSet s : staged) {
                output.commit(s);
                replaced.add(s.dealId());
            }
        } catch (IOException e) {
            throw OutputException.from(e, output.root()).leaving(replaced.isEmpty() ? UNCHANGED
                    : String.join(", ", replaced) + (replaced.size() == 1 ? " was" : " were") + " replaced by the new set;"
                    + " the other deals' previous output is unchanged");
        }
    }

    /** A deal read and validated, with its file, the bytes hashed of it and the hash of its inputs. */
    private record Loaded(DealFile source, byte[] bytes, Deal deal, String inputs) {
    }

    /**
     * When every deal file's inputs are those recorded in a folder of its own that still holds what
     * was recorded, the outcomes, found without reading a deal: the same bytes built that folder, so
     * they are valid and name that deal. A build with nothing to do takes the time of a start-up.
     */
    private Optional<List<Outcome>> allUpToDate(List<String> keys) throws IOException {
        Map<String, BuildRecord> byInputs = new HashMap<>();
        for (BuildRecord r : output.records()) {
            byInputs.put(r.inputs(), r);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (String key : keys) {
            BuildRecord r = byInputs.remove(key);
            if (r == null || !r.describes(output.current(r.dealId()))) {
                return Optional.empty();
            }
            outcomes.add(upToDate(r.dealId(), output.current(r.dealId()), r));
        }
        return Optional.of(outcomes);
    }

    private List<Loaded> load(List<DealFile> deals, List<byte[]> bytes, List<String> keys, BuildProgress progress)
            throws InputException, IOException {
        pipeline();
        progress.stageDone("set up (kits, templates, fonts)");
        List<Loaded> loaded = new ArrayList<>();
        Map<String, String> shownById = new HashMap<>();
        for (int i = 0; i < deals.size(); i++) {
            DealFile source = deals.get(i);
            String key = keys.get(i);
            // The bytes hashed, not the file read again: a save in between would build a deal its hash does not name.
            Deal deal = pipeline().loader().load(bytes.get(i), source.shown());
            String other = shownById.putIfAbsent(deal.id(), source.shown());
            if (other != null) {
                throw new InputException(source.shown(), 0, 0, deal.kit().facts().id(), "\"" + deal.id() + "\" is also the id of "
                        + other + "; each deal needs an id of its own, as it names the deal's output folder");
            }
            output.checkReplaceable(deal.id());
            loaded.add(new Loaded(source, bytes.get(i), deal, key));
        }
        return loaded;
    }

    private static Outcome upToDate(String dealId, Path folder, BuildRecord r) {
        // A document's own PDF stands for it: its Word file has no pages, the binder is no document.
        List<BuildRecord.Drawn> pdfs = r.drawn().entrySet().stream()
                .filter(e -> SetLayout.isPdf(e.getKey()) && !e.getKey().equals(SetLayout.BINDER)).map(Map.Entry::getValue).toList();
        return new Outcome(dealId, folder, pdfs.size(), pdfs.stream().mapToInt(BuildRecord.Drawn::pages).sum(), 0, true);
    }

    private Pipeline pipeline() throws InputException, IOException {
        if (pipeline == null) {
            pipeline = new Pipeline(templatesDir, sourceDate, version, Pipeline.defaultThreads(), renderers.get(), remember);
        }
        return pipeline;
    }
}
