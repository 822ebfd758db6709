package com.closingset.preview;

import com.closingset.assemble.AssemblyException;
import com.closingset.deal.Deal;
import com.closingset.deal.DealFile;
import com.closingset.deal.InputException;
import com.closingset.layout.SetLayout;
import com.closingset.pipeline.MarkdownSet;
import com.closingset.pipeline.Pipeline;
import com.closingset.review.ComparedVersion;
import com.closingset.review.GitRevision;
import com.closingset.review.Lack;
import com.closingset.review.RedlineSet;
import com.closingset.review.Redliner;
import com.closingset.review.SetReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the preview reads of a deal beside its build: its documents' titles in the set's order, and
 * the redline of the working tree against the last commit, kept in memory for the page to serve:
 * the deal file and the templates as committed against both as they stand, so that a word changed
 * in a form shows as the documents it changes. Its own pipelines, one of the working tree's
 * templates (made again when they change) and one of the last commit's (made again when that
 * commit's differ), assemble Markdown only, each keeping the set it read last of each deal file
 * ({@link RememberedSets}: a save assembles the side it changed; the working tree's side takes the
 * set the build assembled); the build's draws.
 */
final class SetReview implements AutoCloseable {
    private static final String HEAD = "HEAD";

    private final Path home;
    private final Path templates;
    private final Optional<Instant> sourceDate;
    private final String version;
    private final PreviewScratch scratchFolders = PreviewScratch.system();
    private Pipeline pipeline;
    private RememberedSets sets;
    // The last commit's templates, written out of git into a scratch folder, and the sets read with them.
    private String headTree = "";
    private RememberedSets headSets;
    private Path headFolder;

    SetReview(Path home, Path templates, Optional<Instant> sourceDate, String version) {
        this.home = home;
        this.templates = templates;
        this.sourceDate = sourceDate;
        this.version = version;
    }

    /**
     * A deal read for the page.
     *
     * @param titles   each PDF's title, by file name, in the set's order (the binder last)
     * @param redlines the redline's files, by name, to serve
     */
    record Reviewed(String dealId, String name, Map<String, String> titles, PreviewState.RedlineView redline,
                    SortedMap<String, byte[]> redlines) {
        /** A deal that could not be read for the page: {@code why} in the redline's place, the titles of the last read kept. */
        static Reviewed failed(String dealId, Optional<Reviewed> last, String why) {
            return new Reviewed(dealId, last.map(Reviewed::name).orElse(dealId), last.map(Reviewed::titles).orElse(Map.of()),
                    PreviewState.RedlineView.none(why), new TreeMap<>());
        }
    }

    /** Reads the templates again at the next review. */
    void templatesChanged() {
        pipeline = null;
    }

    /** The deal of {@code file}, taking the set the build assembled of it, if any, for the working tree's side. */
    Reviewed review(DealFile file, Optional<PreviewBuild.Assembled> built) throws InputException, AssemblyException, IOException {
        if (pipeline == null) {
            pipeline = new Pipeline(templates, sourceDate, version, 1, List.of());
            sets = new RememberedSets(pipeline);
        }
        built.ifPresent(b -> sets.keep(b.file(), b.bytes(), b.set()));
        Path scratch = scratchFolders.make("");
        try {
            ComparedVersion old;
            String renamedFrom = "";
            try {
                old = GitRevision.read(home, HEAD, file.path(), scratch, "head.yaml");
            } catch (InputException e) {
                // Why, as the read asked git: asking again cost about 20 ms of git for each deal not yet committed.
                Optional<Lack> lack = Lack.in(e);
                Optional<String> was = lack.equals(Optional.of(Lack.NOT_IN_REVISION)) ? renamedFrom(file) : Optional.empty();
                if (was.isEmpty()) {
                    return unredlined(file, unread(file, lack, e));
                }
                renamedFrom = was.get();
                old = GitRevision.read(home, HEAD, home.resolve(renamedFrom), scratch, "head.yaml");
            }
            SetReader before;
            try {
                before = headSets();
            } catch (InputException e) {
                return unredlined(file, PreviewState.RedlineView.none("no redline against the last commit: " + e.getMessage()));
            }
            ComparedVersion now = GitRevision.read(home, "", file.path(), scratch, "");
            // The redline assembles the working tree's set: its titles are those the build's PDFs carry.
            RedlineSet set = new Redliner(before, sets, pipeline, new Redliner.Templates("templates/ as at that commit",
                    "templates/ as they stand")).compare(old, now);
            return new Reviewed(set.dealId(), set.dealName(), titles(set.newDocuments()), view(set, old, renamedFrom), set.files());
        } finally {
            scratchFolders.remove(scratch);
        }
    }

    /**
     * The deal files the last commit has in {@code folder} ({@code deal}, where every deal is built
     * from) that are not among {@code present} (whose deals are {@code presentIds}, in the same order),
     * nor hold the deal of a file the commit does not have (that file was renamed from it, as its
     * redline says): deals removed since, a change the redline of each deal still there cannot show.
     * Each is named as the last commit's kit loads it, where it does; none when there is no last
     * commit (each deal's redline says why).
     */
    List<PreviewState.RemovedDeal> removed(String folder, List<DealFile> present, List<String> presentIds) throws IOException {
        List<String> names;
        try {
            names = GitRevision.head(home).isPresent() ? GitRevision.names(home, HEAD, folder) : List.of();
        } catch (InputException e) {
            return List.of();
        }
        List<String> here = present.stream().map(this::relative).toList();
        // The deals of files the last commit does not have: one of those may be a file renamed, as its own redline says.
        List<String> newIds = new ArrayList<>();
        for (int i = 0; i < here.size(); i++) {
            if (!names.contains(here.get(i))) {
                newIds.add(presentIds.get(i));
            }
        }
        List<PreviewState.RemovedDeal> removed = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".yaml") && name.lastIndexOf('/') == folder.length() && !here.contains(name)) {
                Optional<Deal> deal = committedDeal(name);
                if (deal.map(Deal::id).filter(newIds::contains).isEmpty()) {
                    removed.add(new PreviewState.RemovedDeal(name, deal.map(d -> d.name() + " (" + d.id() + ")").orElse("")));
                }
            }
        }
        return List.copyOf(removed);
    }

    /**
     * The deal file of the last commit, in {@code file}'s folder, that holds the deal {@code file}
     * holds (by its id, which names its output) and that the working tree no longer has: the file it
     * was renamed from, whose redline a reviewer expects rather than a set all new.
     */
    private Optional<String> renamedFrom(DealFile file) throws InputException, AssemblyException, IOException {
        String relative = relative(file);
        String id = sets.read(file).deal().id();
        for (String name : GitRevision.names(home, HEAD, relative.substring(0, Math.max(relative.lastIndexOf('/'), 0)))) {
            if (name.endsWith(".yaml") && !Files.exists(home.resolve(name), LinkOption.NOFOLLOW_LINKS)
                    && committedDeal(name).map(Deal::id).filter(id::equals).isPresent()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The deal the last commit's {@code name} holds, as that commit's kit loads it; empty when it does not load. */
    private Optional<Deal> committedDeal(String name) throws IOException {
        Path scratch = scratchFolders.make("");
        try {
            return Optional.of(headSets().deal(GitRevision.read(home, HEAD, home.resolve(name), scratch, "committed.yaml").deal()));
        } catch (InputException | RuntimeException e) {
            // The file alone still names what was removed, and a deal that does not load was not renamed to one that does.
            return Optional.empty();
        } finally {
            scratchFolders.remove(scratch);
        }
    }

    /** The sets of the templates as the last commit has them, written out and read again only when they differ from the last read. */
    private RememberedSets headSets() throws InputException, IOException {
        String folder = home.toAbsolutePath().normalize().relativize(templates.toAbsolutePath().normalize()).toString().replace('\\', '/');
        String tree = GitRevision.tree(home, HEAD, folder);
        if (!tree.equals(headTree)) {
            close();
            headFolder = scratchFolders.make("head");
            // Named as the working tree's folder, so that a message names it as it would be named in a build.
            Path into = headFolder.resolve(templates.getFileName().toString());
            GitRevision.export(home, tree, into);
            headSets = new RememberedSets(new Pipeline(into, sourceDate, version, 1, List.of()));
            headTree = tree;
        }
        return headSets;
    }

    /** Where the last commit's templates were written out, once a review has read them. */
    Optional<Path> headFolder() {
        return Optional.ofNullable(headFolder);
    }

    /** Removes the last commit's templates from the scratch folder they were written to. */
    @Override
    public void close() throws IOException {
        headTree = "";
        headSets = null;
        if (headFolder != null) {
            scratchFolders.remove(headFolder);
            headFolder = null;
        }
    }

    /**
     * In the redline's place when the last commit cannot give the deal: a deal not yet committed is
     * new, not a fault; a project not yet in git, or with no commit yet, said as the command line says
     * it; any other reason in its line.
     */
    private PreviewState.RedlineView unread(DealFile file, Optional<Lack> lack, InputException e) {
        if (lack.equals(Optional.of(Lack.NOT_IN_REVISION))) {
            return new PreviewState.RedlineView("new since the last commit, which has no " + relative(file)
                    + ": every document above is new", against(GitRevision.head(home).orElse("")), 0, 0, "", List.of());
        }
        return PreviewState.RedlineView.none(lack.map(l -> "no redline: " + l.words(HEAD))
                .orElse("no redline against the last commit: " + e.getMessage()));
    }

    /** The deal of {@code file} listed with no redline, {@code view} in its place. */
    private Reviewed unredlined(DealFile file, PreviewState.RedlineView view) throws InputException, AssemblyException {
        MarkdownSet now = sets.read(file);
        return new Reviewed(now.deal().id(), now.deal().name(), titles(RedlineSet.Document.of(now.documents())), view, new TreeMap<>());
    }

    private String relative(DealFile file) {
        return home.toAbsolutePath().normalize().relativize(file.path().toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static String against(String commit) {
        return HEAD + " (" + ComparedVersion.shortened(commit) + ")";
    }

    /** Each PDF's title by file name, in the set's order, the binder last. */
    static Map<String, String> titles(List<RedlineSet.Document> documents) {
        Map<String, String> titles = new LinkedHashMap<>();
        documents.forEach(d -> titles.put(SetLayout.pdf(d.output()), d.title()));
        titles.put(SetLayout.BINDER, "Closing set (all documents bound)");
        return titles;
    }

    private static PreviewState.RedlineView view(RedlineSet set, ComparedVersion old, String renamedFrom) {
        String base = "/redline/" + set.dealId() + "/";
        // The redline's own list, not the new set's documents: a document only the last commit has is a change too.
        List<PreviewState.ChangedDocument> changed = new ArrayList<>();
        for (RedlineSet.Change c : set.changes()) {
            byte[] redline = set.files().get(SetLayout.redlineMarkdown(c.output()));
            changed.add(new PreviewState.ChangedDocument(c.title(), c.state().word(), base + SetLayout.redlinePdf(c.output()),
                    RedlinePassages.of(new String(redline, StandardCharsets.UTF_8))));
        }
        String same = set.changed() == 0 ? "no document differs from the last commit" : "";
        String note = renamedFrom.isEmpty() ? same
                : "renamed since the last commit, from " + renamedFrom + (same.isEmpty() ? "" : "; " + same);
        return new PreviewState.RedlineView(note, against(old.commit()), set.changed(), set.documents(), base + SetLayout.REDLINE_BLACKLINE, changed);
    }
}
