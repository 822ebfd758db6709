package com.closingset.preview;

import com.closingset.assemble.AssemblyException;
import com.closingset.deal.DealFile;
import com.closingset.deal.InputException;
import com.closingset.layout.SetLayout;
import com.closingset.pipeline.IncrementalBuild;
import com.closingset.pipeline.OutputFolder;
import com.closingset.pipeline.OutputLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * {@code closingset serve}: one warm process that builds the project's deals, then watches
 * {@code deal/} and {@code templates/} and builds again after each save, while a page on the
 * loopback address shows the set, marks what the save changed, and follows every build. The page's
 * titles and each deal's redline against the last commit are read on a thread of their own after
 * each build, so that the PDFs reach the disk first. A failed build is shown on the page in its one
 * line; the last set that built stays served.
 */
public final class Preview implements AutoCloseable {
    /**
     * How long the sources must stay quiet after a change before the build starts: an editor's save
     * is a burst of events a few milliseconds apart, and a build per event would build half-saved files.
     */
    static final Duration QUIET = Duration.ofMillis(30);
    /** The folders of the project whose changes are built, each a name under the project's folder. */
    public static final List<String> WATCHED = List.of("deal", "templates");
    private static final String LEFT_RUNNING = "; Java cannot stop that render: it goes on using a core until it ends or serve stops "
            + "(Ctrl-C, then serve again)";
    /** How long stopping waits for a build under way to finish, so that it leaves no scratch folder behind. */
    private static final Duration FINISH = Duration.ofMinutes(2);

    /** The deal files to build, asked again at every build (a deal added to deal/ joins the preview). */
    public interface Deals {
        List<DealFile> list() throws InputException, IOException;

        /** The deals in a few words, for the first build's line: {@code every deal}, or the files named. */
        String described();

        /** The folder, under the project's, of which every deal file is built ({@code deal}); empty when the files are named. */
        Optional<String> everyDealIn();
    }

    private final Deals deals;
    private final ServeLock served;
    private final Path home;
    private final LastCommit lastCommit;
    private volatile List<DealFile> lastFiles = List.of();
    // Deal files named outside deal/, each watched in its own folder: as the changes name them, to as the user named them.
    private final Map<String, String> outside = new ConcurrentHashMap<>();
    private final Function<Throwable, String> describe;
    private final PrintWriter log;
    private final PreviewBuild build;
    private final SetReview review;
    private final SourceWatch watch;
    private final PreviewStates states = new PreviewStates();
    private final PreviewServer server;
    private final ExecutorService reviewing = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "closingset-preview-review");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, SetReview.Reviewed> reviews = new ConcurrentHashMap<>();
    // Deals built since they were last read for the page.
    private final Set<String> unread = ConcurrentHashMap.newKeySet();
    // The deal whose redline is being made, taken out of unread; "" between deals.
    private volatile String inReview = "";
    // Whether the deals left unread wait for a save that builds: a build failed since the last review was queued.
    private volatile boolean stranded;
    private final AtomicLong builds = new AtomicLong();
    private final AtomicBoolean templatesChanged = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile List<PreviewBuild.Built> lastGood = List.of();

    /**
     * Sets up the watch and the server (on {@code port} of 127.0.0.1, 0 for any), holding the deals against a second
     * serve of them into {@code output} ({@link ServeLock}); builds nothing yet.
     *
     * @param output   the output folder the sets are built into and served from (not inside a {@link #WATCHED} folder)
     * @param describe the one line that says what went wrong, as the command line says it
     * @param log      where each build is reported in a line
     */
    public Preview(Path home, Path output, Deals deals, Optional<Instant> sourceDate, String version, int port,
                   Function<Throwable, String> describe, OutputLock.Waiting waiting, PrintWriter log)
            throws IOException, InputException {
        this.deals = deals;
        this.describe = describe;
        this.log = log;
        Optional<String> every = deals.everyDealIn();
        this.served = every.isPresent() ? ServeLock.everyDealOf(PreviewScratch.SYSTEM, output, home.resolve(every.get()), every.get())
                : ServeLock.dealFiles(PreviewScratch.SYSTEM, output, deals.list().stream().map(DealFile::path).toList());
        try {
            Path templates = home.resolve("templates");
            this.build = new PreviewBuild(templates, new OutputFolder(output), sourceDate, version, waiting);
            // A serve killed before it could remove its scratch folders left them: remove them now.
            PreviewScratch.system().sweep();
            this.review = new SetReview(home, templates, sourceDate, version);
            this.watch = new SourceWatch(home, WATCHED);
            this.home = home;
            this.lastCommit = new LastCommit(home, watch);
            // Named as serve names a deal file outside the project: output, or ../elsewhere.
            this.server = new PreviewServer(port, states, output, watch.relative(output.toAbsolutePath().normalize()), this::redlineFile);
            served.serving(server.address().getPort());
        } catch (IOException | RuntimeException e) {
            served.close();
            throw e;
        }
    }

    public InetSocketAddress address() {
        return server.address();
    }

    /** Builds, then builds again at every change, until {@link #close()}. */
    public void run() throws IOException, InterruptedException {
        running.set(true);
        try {
            rebuild("building " + deals.described(), true);
            while (!stopping.get()) {
                Optional<SortedSet<String>> changed = watch.next(QUIET);
                if (changed.isEmpty() || stopping.get()) {
                    break;
                }
                List<String> files = changed.get().stream().filter(this::builds).toList();
                LastCommit.Move move = lastCommit.after(changed.get());
                if (move == LastCommit.Move.REPOSITORY_MADE) {
                    log.println("closingset: the project folder is now a git repository");
                    log.flush();
                }
                boolean committed = move != LastCommit.Move.NONE;
                if (committed) {
                    // Every deal's redline is against the commit HEAD named, not only those the save changed.
                    lastGood.forEach(b -> unread.add(b.dealId()));
                }
                List<String> shown = files.stream().map(f -> outside.getOrDefault(f, f)).toList();
                boolean built = !files.isEmpty() && rebuild("building: " + String.join(", ", shown.size() > 3
                        ? List.of(shown.get(0), "and " + (shown.size() - 1) + " more") : shown) + " changed",
                        files.stream().anyMatch(f -> f.startsWith("templates")));
                // A build that succeeds compares its set with the commit HEAD names now; one that fails compares nothing.
                if (committed && !built) {
                    compareAgain();
                }
            }
        } finally {
            stopped.countDown();
        }
    }

    /**
     * Whether a changed path can change a build: a deal file, or anything of the templates; not an
     * editor's hidden swap file or backup ({@code .x.yaml.swp}, {@code #x.yaml#}, {@code x.yaml~}), which would
     * rebuild for nothing and clear the page's marks of what the save changed.
     */
    static boolean source(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.startsWith(".") || name.startsWith("#") || name.endsWith("~")) {
            return false;
        }
        return path.startsWith("templates/") || path.equals("templates") || path.equals("deal") || name.endsWith(".yaml");
    }

    /**
     * Whether a change is one to build: a {@link #source} of {@code deal/} or {@code templates/}, or a
     * deal file named outside them; not the other files of such a file's folder.
     */
    private boolean builds(String path) {
        return outside.containsKey(path) || (WATCHED.stream().anyMatch(w -> path.equals(w) || path.startsWith(w + "/")) && source(path));
    }

    /** Watches the folder of each deal file named outside the watched folders, so that saving it builds too. */
    private void watchOutside(List<DealFile> files) throws IOException {
        int before = outside.size();
        for (DealFile f : files) {
            Path file = f.path().toAbsolutePath().normalize();
            String changes = watch.relative(file);
            if (WATCHED.stream().noneMatch(w -> file.startsWith(home.resolve(w))) && !outside.containsKey(changes)
                    && Files.isDirectory(file.getParent())) {
                watch.watchOnly(file.getParent());
                outside.put(changes, f.shown());
            }
        }
        if (outside.size() > before) {
            List<String> sources = watching(outside.values());
            states.update(s -> s.watching(sources));
        }
    }

    /** What serve watches, as the page names it: each {@link #WATCHED} folder ({@code deal/}), then each deal file named outside them. */
    static List<String> watching(Collection<String> outsideFiles) {
        List<String> sources = new ArrayList<>(WATCHED.stream().map(w -> w + "/").toList());
        outsideFiles.stream().sorted().forEach(sources::add);
        return List.copyOf(sources);
    }

    /** The one line of what went wrong; in a build the program ends there, serve goes on, and so would a render left running, unsaid. */
    private String said(Throwable e) {
        return describe.apply(e) + (e instanceof AssemblyException a && a.leftARenderRunning() ? LEFT_RUNNING : "");
    }

    /** Builds; whether the build succeeded (a failure is on the page and in the log). */
    private boolean rebuild(String why, boolean templates) {
        log.println("closingset: " + why);
        log.flush();
        long started = System.nanoTime();
        long number = builds.incrementAndGet();
        templatesChanged.compareAndSet(false, templates);
        states.update(s -> s.next(s.deals(), s.error(), true));
        List<DealFile> files;
        List<String> before = lastGood.stream().map(PreviewBuild.Built::dealId).toList();
        try {
            files = deals.list();
            watchOutside(files);
            lastGood = build.run(files, templates);
            lastFiles = files;
        } catch (InputException | AssemblyException | IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // A save too large for the heap is a save that does not build: the last set stays served,
            // and the line says what heap to give serve, rather than ending it and its page.
            String line = said(e);
            log.println("closingset: " + line + (lastGood.isEmpty() ? "; no set has built yet" : "; still serving the last set that built"));
            log.flush();
            // The review under way stops at its next deal, since a build began: those left are said to wait.
            stranded = true;
            states.update(s -> s.next(views(), line, false));
            return false;
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        log.printf("closingset: built in %d ms, %s%n", ms, outcome(lastGood, before));
        log.flush();
        // A deal the save did not touch reads as it did: only the others are compared again, and the page
        // says so of them until they are, rather than show the redline of the save before as this one's.
        lastGood.stream().filter(b -> templates || b.since().files() > 0 || !reviews.containsKey(b.dealId()))
                .forEach(b -> unread.add(b.dealId()));
        // Those a failed save left waiting are compared now too, as the page says from here on.
        stranded = false;
        publish("");
        List<PreviewBuild.Built> built = lastGood;
        // The page keeps what was built, not the sets: the redline takes those once.
        lastGood = built.stream().map(PreviewBuild.Built::withoutSet).toList();
        reviewing.submit(() -> reviewAll(number, files, built));
        return true;
    }

    /** The last good build's deals compared again with the last commit, which moved; nothing is built. */
    private void compareAgain() {
        log.println("closingset: " + lastCommit.comparingAgain());
        log.flush();
        List<PreviewBuild.Built> built = lastGood;
        List<DealFile> files = lastFiles;
        built.forEach(b -> unread.add(b.dealId()));
        stranded = false;
        states.update(s -> s.next(views(), s.error(), s.building()));
        long number = builds.get();
        reviewing.submit(() -> reviewAll(number, files, built));
    }

    /**
     * Titles and redlines for the build numbered {@code number} of {@code files} ({@code built}, in
     * the same order), unless a later build has begun since; each published once made, since a later
     * build that fails publishes none.
     */
    private void reviewAll(long number, List<DealFile> files, List<PreviewBuild.Built> built) {
        if (templatesChanged.getAndSet(false)) {
            review.templatesChanged();
        }
        listRemoved(number, files, built.stream().map(PreviewBuild.Built::dealId).toList());
        for (int i = 0; i < files.size(); i++) {
            DealFile f = files.get(i);
            if (builds.get() != number) {
                return;
            }
            // Taken off before reading: a build meanwhile puts it back, to be read again.
            String id = built.get(i).dealId();
            inReview = id;
            if (!unread.remove(id)) {
                inReview = "";
                continue;
            }
            try {
                SetReview.Reviewed r = review.review(f, built.get(i).assembled());
                reviews.put(r.dealId(), r);
            } catch (InputException | AssemblyException | IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
                // Running out here is said in the redline's place, as any failure to compare is: left to the
                // executor, it ended every deal's review unsaid, and the page said "comparing" for ever.
                if (stopping.get()) {
                    return;
                }
                String line = said(e);
                log.println("closingset: cannot compare " + f.shown() + " with the last commit: " + line);
                log.flush();
                // Said in the redline's place: the redline of an earlier save would read as this one's.
                reviews.put(id, SetReview.Reviewed.failed(id, Optional.ofNullable(reviews.get(id)), "cannot compare with the last commit: " + line));
            } finally {
                inReview = "";
            }
            states.update(s -> s.next(views(), s.error(), s.building()));
        }
    }

    /** The deal files the last commit has that the working tree no longer has: listed before the deals are compared, being quick. */
    private void listRemoved(long number, List<DealFile> files, List<String> ids) {
        Optional<String> folder = deals.everyDealIn();
        if (folder.isEmpty() || builds.get() != number) {
            return;
        }
        try {
            List<PreviewState.RemovedDeal> removed = review.removed(folder.get(), files, ids);
            states.update(s -> s.removed(removed));
        } catch (IOException | RuntimeException e) {
            if (!stopping.get()) {
                log.println("closingset: cannot list the deal files removed since the last commit: " + said(e));
                log.flush();
            }
        }
    }

    /**
     * What a build did, for the log: the files it changed since this preview's last build; for a deal
     * it builds for the first time (nothing to compare with), how many of its PDFs it drew, as
     * {@code closingset build} says it, naming the deal beside others; and the deals of {@code before}
     * (the last good build's) that it no longer builds: their deal file gone, or its id changed.
     */
    static String outcome(List<PreviewBuild.Built> built, List<String> before) {
        List<PreviewBuild.Built> first = built.stream().filter(PreviewBuild.Built::first).toList();
        List<String> parts = new ArrayList<>();
        if (first.size() < built.size()) {
            parts.add(touched(built.stream().filter(b -> !b.first()).map(PreviewBuild.Built::since).toList()));
        }
        if (!first.isEmpty()) {
            int drawn = first.stream().mapToInt(PreviewBuild.Built::drawn).sum();
            int pdfs = first.stream().mapToInt(PreviewBuild.Built::pdfs).sum();
            String firstly = IncrementalBuild.Outcome.drawn(drawn, pdfs);
            parts.add(parts.isEmpty() ? firstly
                    : names(first.stream().map(PreviewBuild.Built::dealId).toList()) + " built here for the first time: " + firstly);
        }
        List<String> gone = before.stream().filter(id -> built.stream().noneMatch(b -> b.dealId().equals(id))).toList();
        if (!gone.isEmpty()) {
            // Its output is left: a build removes no folder it did not write this time, and check names it.
            parts.add(names(gone) + " no longer built by any deal file (the output left as it was)");
        }
        return parts.isEmpty() ? "no deal to build" : String.join("; ", parts);
    }

    private static String names(List<String> dealIds) {
        return String.join(", ", dealIds);
    }

    private void publish(String error) {
        states.update(s -> s.next(views(), error, false));
    }

    /** {@code 24 files changed (12 new, 3 removed)}: files written other than before, of which so many are new or gone. */
    private static String touched(List<PreviewBuild.Since> since) {
        int files = since.stream().mapToInt(PreviewBuild.Since::files).sum();
        int added = since.stream().mapToInt(s -> s.added().size()).sum();
        int removed = since.stream().mapToInt(s -> s.removed().size()).sum();
        List<String> which = new ArrayList<>();
        if (added > 0) {
            which.add(added + " new");
        }
        if (removed > 0) {
            which.add(removed + " removed");
        }
        return files + (files == 1 ? " file" : " files") + " changed" + (which.isEmpty() ? "" : " (" + String.join(", ", which) + ")");
    }

    /** The last good build's deals, titled and redlined as far as they have been read. */
    private List<PreviewState.DealView> views() {
        boolean waiting = stranded;
        return lastGood.stream().map(b -> view(b, Optional.ofNullable(reviews.get(b.dealId())), comparison(b.dealId(), waiting))).toList();
    }

    private PreviewState.Comparison comparison(String dealId, boolean waiting) {
        if (dealId.equals(inReview)) {
            return PreviewState.Comparison.UNDER_WAY;
        }
        if (!unread.contains(dealId)) {
            return PreviewState.Comparison.DONE;
        }
        return waiting ? PreviewState.Comparison.NOT_UNTIL_A_SAVE_BUILDS : PreviewState.Comparison.UNDER_WAY;
    }

    /**
     * One deal as the page lists it: a row per document, by its PDF (its pages) with its Word file
     * beside it, in the set's order where the set has been read (by the build, else by the review),
     * else the files' own; the binder last.
     */
    static PreviewState.DealView view(PreviewBuild.Built b, Optional<SetReview.Reviewed> r, PreviewState.Comparison comparison) {
        // The build's titles are the set's own at once; the review's, a moment later, only where the build assembled nothing.
        Map<String, String> titles = !b.titles().isEmpty() ? b.titles() : r.map(SetReview.Reviewed::titles).orElse(Map.of());
        List<String> order = new ArrayList<>(titles.keySet());
        b.pages().keySet().stream().filter(f -> !titles.containsKey(f)).forEach(order::add);
        List<PreviewState.DocumentView> documents = new ArrayList<>();
        for (String file : order) {
            if (SetLayout.isPdf(file) && b.pages().containsKey(file) && !file.equals(SetLayout.BINDER)) {
                documents.add(document(b, file, titles));
            }
        }
        return new PreviewState.DealView(b.dealId(), r.map(SetReview.Reviewed::name).orElse(b.dealId()), documents,
                document(b, SetLayout.BINDER, titles), removed(b.since().removed(), titles),
                PreviewState.RedlineView.listed(r.map(SetReview.Reviewed::redline), comparison));
    }

    private static PreviewState.DocumentView document(PreviewBuild.Built b, String pdf, Map<String, String> titles) {
        String word = SetLayout.wordFileOf(pdf);
        boolean hasWord = b.pages().containsKey(word);
        return new PreviewState.DocumentView(titles.getOrDefault(pdf, pdf), pdf, href(b, pdf), hasWord ? word : "",
                hasWord ? href(b, word) : "", b.pages().getOrDefault(pdf, 0), mark(b.since(), pdf, hasWord ? List.of(pdf, word) : List.of(pdf)));
    }

    /** {@code new} for a document whose PDF this save wrote for the first time; {@code changed} for one it wrote otherwise. */
    private static String mark(PreviewBuild.Since since, String pdf, List<String> files) {
        if (since.added().contains(pdf)) {
            return "new";
        }
        return files.stream().anyMatch(f -> since.added().contains(f) || since.changed().contains(f)) ? "changed" : "";
    }

    /**
     * The documents of {@code files} (a save's removals: a document's Word file goes with its PDF), by
     * title in the order of {@code titles} (the set before's, kept for them), then any not titled.
     */
    private static List<PreviewState.TakenOut> removed(SortedSet<String> files, Map<String, String> titles) {
        List<PreviewState.TakenOut> removed = new ArrayList<>();
        titles.forEach((file, title) -> {
            if (SetLayout.isPdf(file) && files.contains(file)) {
                removed.add(new PreviewState.TakenOut(title, file));
            }
        });
        files.stream().filter(f -> SetLayout.isPdf(f) && !titles.containsKey(f)).forEach(f -> removed.add(new PreviewState.TakenOut(f, f)));
        return removed;
    }

    private static String href(PreviewBuild.Built b, String file) {
        return "/output/" + b.dealId() + "/" + file;
    }

    /** {@code <deal>/<file>} of a redline read for the page. */
    private Optional<byte[]> redlineFile(String path) {
        int slash = path.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        SetReview.Reviewed r = reviews.get(path.substring(0, slash));
        return r == null ? Optional.empty() : Optional.ofNullable(r.redlines().get(path.substring(slash + 1)));
    }

    /**
     * Stops: no build begins after this, a build under way finishes (its set swapped in whole and the
     * output's lock let go), then the server closes. Safe to call from a shutdown hook.
     */
    @Override
    public void close() throws IOException {
        stopping.set(true);
        watch.close();
        try {
            // A build under way runs on the thread in run(): wait for it, not for a run that never began.
            stopped.await(running.get() ? FINISH.toSeconds() : 0, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reviewing.shutdownNow();
        try {
            // A review under way reads the last commit's templates from the folder review.close() removes;
            // it is not waited for long: its page will never be served, and Ctrl-C should stop at once.
            reviewing.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        review.close();
        server.close();
        served.close();
    }
}
