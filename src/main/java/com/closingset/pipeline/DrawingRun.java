package com.closingset.pipeline;

import com.closingset.assemble.AssemblyException;
import com.closingset.layout.SetLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One deal's drawings, put into a sink: each taken over from the previous build when that build
 * drew it from the same inputs and the sink still has its bytes, else drawn. Up to {@code threads}
 * files are drawn at once, plus each file that binds others on a thread of its own from the start,
 * copying the pages of each file it binds as that file is made; the bytes are the same whatever the
 * number of threads.
 */
final class DrawingRun {
    private final FileSink sink;
    private final BuildInputs inputs;
    private final Optional<BuildRecord> previous;
    private final int threads;

    /** A file put into the sink: the hash of what it was drawn from, its pages, its hash, and whether it was taken over. */
    record Made(Drawing drawing, String inputs, Drawing.Drawn drawn, String sha256, boolean reused) {
    }

    DrawingRun(FileSink sink, BuildInputs inputs, Optional<BuildRecord> previous, int threads) {
        this.sink = sink;
        this.inputs = inputs;
        this.previous = previous;
        this.threads = threads;
    }

    /**
     * Every drawing made, by file name in the drawings' order; {@code progress} is told of each file
     * drawn that stands alone and takes long (a document's PDF, not its Markdown or Word file).
     */
    Map<String, Made> run(String dealId, List<Drawing> drawings, BuildProgress progress) throws IOException, AssemblyException {
        Map<String, String> keys = keys(drawings);
        List<Drawing> binding = drawings.stream().filter(d -> !d.binds().isEmpty()).toList();
        Map<Drawing, BoundFeed> feeds = new HashMap<>();
        binding.forEach(b -> feeds.put(b, new BoundFeed(b.binds())));
        int counted = (int) drawings.stream().filter(DrawingRun::counted).count();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, drawings.size())) + binding.size(), r -> {
            Thread t = new Thread(r, "closingset-draw");
            t.setDaemon(true);
            // A thread's failure reaches the build through its drawing's future; none is printed as a stack trace.
            t.setUncaughtExceptionHandler((thread, e) -> { });
            return t;
        });
        try {
            CompletionService<Made> done = new ExecutorCompletionService<>(pool);
            Map<Future<Made>, Drawing> pending = new LinkedHashMap<>();
            // Binders first, each on a thread of its own, so that they copy each file as it is made; the files they bind
            // keep the set's order, which the binders take them in.
            for (Drawing d : drawings.stream().sorted(Comparator.comparing(d -> d.binds().isEmpty())).toList()) {
                pending.put(done.submit(() -> make(d, keys.get(d.file()), feeds)), d);
            }
            Map<String, Made> made = new HashMap<>();
            Map<Drawing, Exception> failed = new HashMap<>();
            int shown = 0;
            while (!pending.isEmpty() && !(failedAlone(failed) && pending.values().stream().allMatch(d -> !d.binds().isEmpty()))) {
                Future<Made> f = next(done, pending);
                Drawing d = pending.remove(f);
                if (d == null) {
                    continue; // found done by looking, and queued after all
                }
                try {
                    Made m = f.get();
                    made.put(d.file(), m);
                    if (counted(d) && failed.isEmpty()) {
                        progress.documentRendered(dealId, ++shown, counted);
                    }
                } catch (CancellationException e) {
                    // Not begun when another drawing failed.
                } catch (ExecutionException e) {
                    failed.put(d, e.getCause() instanceof Exception x ? x : e);
                    // What has not begun never will; what is drawing finishes, so that the failure
                    // reported is the first in the set's order whatever the threads' timing. A binder's
                    // failure stops nothing: its documents, drawn alone, say better what failed.
                    if (d.binds().isEmpty()) {
                        pending.keySet().forEach(p -> p.cancel(false));
                        feeds.values().forEach(BoundFeed::close);
                    }
                }
            }
            if (!failed.isEmpty()) {
                rethrow(firstFailure(drawings, failed));
            }
            Map<String, Made> inOrder = new LinkedHashMap<>();
            drawings.forEach(d -> inOrder.put(d.file(), made.get(d.file())));
            return inOrder;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the closing set", e);
        } finally {
            feeds.values().forEach(BoundFeed::close);
            pool.shutdownNow();
        }
    }

    /**
     * The next drawing done. A thread out of memory can die after its drawing has ended but before
     * queueing it, which would leave the build waiting for ever: a wait that turns up nothing looks
     * at the drawings themselves.
     */
    private static Future<Made> next(CompletionService<Made> done, Map<Future<Made>, Drawing> pending)
            throws InterruptedException {
        while (true) {
            Future<Made> f = done.poll(1, TimeUnit.SECONDS);
            if (f != null) {
                return f;
            }
            for (Future<Made> p : pending.keySet()) {
                if (p.isDone()) {
                    return p;
                }
            }
        }
    }

    /**
     * The failure to report: the first document's in the set's order; a file that binds others only
     * when they all drew, since it fails on whatever they do.
     */
    private static Exception firstFailure(List<Drawing> drawings, Map<Drawing, Exception> failed) {
        return drawings.stream().filter(d -> d.binds().isEmpty()).map(failed::get).filter(e -> e != null)
                .findFirst().orElseGet(() -> failed.values().iterator().next());
    }

    /** Whether a drawing that binds nothing has failed: then no binder is waited for. */
    private static boolean failedAlone(Map<Drawing, Exception> failed) {
        return failed.keySet().stream().anyMatch(d -> d.binds().isEmpty());
    }

    /** A document is counted once, by its PDF: what takes long to draw. */
    private static boolean counted(Drawing d) {
        return d.binds().isEmpty() && d.reusable() && SetLayout.isPdf(d.file());
    }

    /** The hash of each drawing's inputs with the engine's; a file that binds others adds theirs. */
    private Map<String, String> keys(List<Drawing> drawings) {
        Map<String, String> keys = new HashMap<>();
        for (Drawing d : drawings) {
            if (d.binds().isEmpty()) {
                keys.put(d.file(), inputs.document(d.inputs()));
            }
        }
        for (Drawing d : drawings) {
            if (!d.binds().isEmpty()) {
                List<String> all = new ArrayList<>(d.inputs());
                d.binds().forEach(f -> all.add(keys.get(f)));
                keys.put(d.file(), inputs.document(all));
            }
        }
        return keys;
    }

    private Made make(Drawing d, String key, Map<Drawing, BoundFeed> feeds) throws IOException, AssemblyException {
        if (!d.binds().isEmpty()) {
            BoundFeed feed = feeds.get(d);
            try {
                return bind(d, key, feed);
            } finally {
                feed.close();
            }
        }
        List<BoundFeed> binders = feeds.values().stream().filter(f -> f.binds(d.file())).toList();
        Optional<Made> kept = kept(d, key);
        if (kept.isPresent()) {
            for (BoundFeed f : binders) {
                f.reused(d.file(), () -> sink.reused(d.file()));
            }
            return kept.get();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Drawing.Drawn drawn = d.work().draw(out, Drawing.BoundFiles.NONE);
        byte[] bytes = out.toByteArray();
        String sha256 = Sha256.of(bytes);
        sink.put(d.file(), bytes, sha256);
        for (BoundFeed f : binders) {
            f.drawn(d.file(), bytes);
        }
        return new Made(d, key, drawn, sha256, false);
    }

    /** A file that binds others, taken over or drawn from {@code feed}'s files; streamed, never whole in memory. */
    private Made bind(Drawing d, String key, BoundFeed feed) throws IOException, AssemblyException {
        Optional<Made> kept = kept(d, key);
        if (kept.isPresent()) {
            return kept.get();
        }
        FirstFailureStream file = new FirstFailureStream(sink.create(d.file()));
        try (file) {
            DigestOutputStream hashed = new DigestOutputStream(file, Sha256.digest());
            Drawing.Drawn drawn = d.work().draw(hashed, feed);
            hashed.flush();
            return new Made(d, key, drawn, Sha256.hex(hashed.getMessageDigest()), false);
        } catch (IOException | RuntimeException e) {
            // The disk's own reason, not what the drawing made of it.
            if (file.failure().isPresent()) {
                throw file.failure().get();
            }
            throw e;
        }
    }

    /** The previous build's file, put into the sink as it is, when drawn from the same inputs and still those bytes. */
    private Optional<Made> kept(Drawing d, String key) throws IOException {
        if (!d.reusable() || previous.isEmpty()) {
            return Optional.empty();
        }
        BuildRecord.Drawn was = previous.get().drawn().get(d.file());
        BuildRecord.Written w = previous.get().files().get(d.file());
        if (was == null || w == null || !was.inputs().equals(key) || !sink.reuse(d.file(), w.sha256(), d.proof())) {
            return Optional.empty();
        }
        return Optional.of(new Made(d, key, Drawing.Drawn.pages(was.pages()), w.sha256(), true));
    }

    private static void rethrow(Exception e) throws IOException, AssemblyException {
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof AssemblyException a) {
            throw a;
        }
        if (e instanceof RuntimeException re) {
            throw re;
        }
        if (e.getCause() instanceof Error err) {
            // Out of memory or stack on a drawing thread: the command line says so, as it would on its own.
            throw err;
        }
        throw new IllegalStateException("cannot draw the closing set: " + e, e);
    }
}
