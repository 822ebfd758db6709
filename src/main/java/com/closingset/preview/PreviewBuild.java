package com.closingset.preview;

import com.closingset.assemble.AssemblyException;
import com.closingset.deal.DealFile;
import com.closingset.deal.InputException;
import com.closingset.pipeline.BuildProgress;
import com.closingset.pipeline.BuildRecord;
import com.closingset.pipeline.IncrementalBuild;
import com.closingset.pipeline.MarkdownSet;
import com.closingset.pipeline.OutputFolder;
import com.closingset.pipeline.OutputLock;
import com.closingset.pipeline.Pipeline;
import com.closingset.pipeline.Renderer;
import com.closingset.review.RedlineSet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The build a preview runs on every change, kept warm: one incremental build (its templates set up,
 * its renderers' fonts loaded, the JIT's work kept, each document it assembled with what it read)
 * for as long as the templates stay as they were,
 * and the renderers for as long as the process lives. A new build is made only when a template
 * changes, since the build hashes the templates once, when made.
 */
final class PreviewBuild {
    private final Path templates;
    private final OutputFolder output;
    private final Optional<Instant> sourceDate;
    private final String version;
    private final OutputLock.Waiting waiting;
    private final List<Renderer> renderers = Pipeline.standardRenderers();
    private IncrementalBuild build;
    // What the last build wrote, by deal: a file whose hash differs now is one the change touched.
    private final Map<String, SortedMap<String, BuildRecord.Written>> last = new TreeMap<>();
    // The titles of each deal's PDFs as the last build that assembled it gave them.
    private final Map<String, Map<String, String>> lastTitles = new TreeMap<>();
    // The sets the running build assembled, by deal, for the redline to take rather than assemble again.
    private final Map<String, Assembled> assembled = new HashMap<>();

    /** A set this build assembled, from these bytes of its deal file. */
    record Assembled(DealFile file, byte[] bytes, MarkdownSet set) {
    }

    PreviewBuild(Path templates, OutputFolder output, Optional<Instant> sourceDate, String version, OutputLock.Waiting waiting) {
        this.templates = templates;
        this.output = output;
        this.sourceDate = sourceDate;
        this.version = version;
        this.waiting = waiting;
    }

    /**
     * One deal as built: each PDF's pages, which files it wrote other than the previous build of this
     * preview did, each PDF's title in the set's order (with those of PDFs it took out, as the set
     * before had them; none until a build of this preview has assembled the deal), how many of its PDFs
     * (the documents' and the binder) this build drew, and whether this preview had built the deal
     * before; the set, when this build assembled it.
     */
    record Built(String dealId, Path folder, SortedMap<String, Integer> pages, Since since, Map<String, String> titles,
            int drawn, int pdfs, boolean first, Optional<Assembled> assembled) {
        /** As built, without its set: for a use after the build that read it. */
        Built withoutSet() {
            return new Built(dealId, folder, pages, since, titles, drawn, pdfs, first, Optional.empty());
        }
    }

    /**
     * A deal's files against those the previous build of this preview wrote of it: written again with
     * other bytes, written for the first time (a document added, an investor added), and no longer
     * written (a document or an investor taken out, whose file the new set no longer holds).
     */
    record Since(SortedSet<String> changed, SortedSet<String> added, SortedSet<String> removed) {
        static final Since NOTHING = new Since(List.of(), List.of(), List.of());

        /** Sorted sets, not lists: the page asks of each of a large deal's thousands of documents whether it is among them. */
        Since(Collection<String> changed, Collection<String> added, Collection<String> removed) {
            this(sorted(changed), sorted(added), sorted(removed));
        }

        private static SortedSet<String> sorted(Collection<String> files) {
            return Collections.unmodifiableSortedSet(new TreeSet<>(files));
        }

        static Since of(SortedMap<String, BuildRecord.Written> was, SortedMap<String, BuildRecord.Written> now) {
            return new Since(
                    now.keySet().stream().filter(f -> was.containsKey(f) && !was.get(f).sha256().equals(now.get(f).sha256())).toList(),
                    now.keySet().stream().filter(f -> !was.containsKey(f)).toList(),
                    was.keySet().stream().filter(f -> !now.containsKey(f)).toList());
        }

        int files() {
            return changed.size() + added.size() + removed.size();
        }
    }

    /**
     * Builds {@code deals} into the output folder, as {@code closingset build} would; after a change
     * to the templates (or the first time) with the templates read again.
     */
    List<Built> run(List<DealFile> deals, boolean templatesChanged) throws InputException, AssemblyException, IOException {
        if (build == null || templatesChanged) {
            // Kept documents are only as good as the templates that made them: a new build forgets them.
            boolean remember = true;
            build = new IncrementalBuild(templates, output, sourceDate, version, () -> renderers, remember,
                    (file, bytes, set) -> assembled.put(set.deal().id(), new Assembled(file, bytes, set)));
        }
        // A failed build's sets are dropped by the next.
        assembled.clear();
        List<Built> built = new ArrayList<>();
        for (IncrementalBuild.Outcome o : build.run(deals, BuildProgress.NONE, waiting)) {
            BuildRecord record = BuildRecord.read(o.folder()).orElseThrow(() ->
                    new IOException(o.folder() + ": the build left no record of what it wrote"));
            boolean first = !last.containsKey(o.dealId());
            // A first build has nothing to compare with: every file would read as added.
            Since since = first ? Since.NOTHING : Since.of(last.get(o.dealId()), record.files());
            last.put(o.dealId(), record.files());
            SortedMap<String, Integer> pages = new TreeMap<>();
            record.drawn().forEach((file, d) -> pages.put(file, d.pages()));
            Optional<Assembled> set = Optional.ofNullable(assembled.remove(o.dealId()));
            Map<String, String> titles = titles(set, since, lastTitles.getOrDefault(o.dealId(), Map.of()));
            lastTitles.put(o.dealId(), titles);
            built.add(new Built(o.dealId(), o.folder(), pages, since, titles, o.pdfsDrawn(), o.pdfs(), first, set));
        }
        return built;
    }

    /**
     * The titles of {@code set}'s PDFs, then those {@code before} gave the PDFs it took out; {@code
     * before} itself when this build assembled nothing (the set on disk was up to date).
     */
    private static Map<String, String> titles(Optional<Assembled> set, Since since, Map<String, String> before) {
        if (set.isEmpty()) {
            return before;
        }
        Map<String, String> titles = SetReview.titles(RedlineSet.Document.of(set.get().set().documents()));
        before.forEach((file, title) -> {
            if (since.removed().contains(file)) {
                titles.putIfAbsent(file, title);
            }
        });
        return Collections.unmodifiableMap(titles);
    }
}
