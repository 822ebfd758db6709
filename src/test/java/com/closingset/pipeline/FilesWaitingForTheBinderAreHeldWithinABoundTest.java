package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The binder copies its documents' drawn PDFs in the set's order, and a document drawn before the
 * binder takes it waits in memory: 20,000 of them would not fit a 512 MB heap. Past a bound the
 * drawing that would add one waits for the binder instead, unless its document is the one the binder
 * waits for, so that neither can wait for the other for ever.
 */
class FilesWaitingForTheBinderAreHeldWithinABoundTest {
    private static final int MB = 1 << 20;
    private static final List<String> FILES = IntStream.rangeClosed(1, 10).mapToObj(i -> "doc-" + i + ".pdf").toList();

    @Test
    void aDrawingPastTheBoundWaitsUntilTheBinderTakesAFile() throws Exception {
        BoundFeed feed = new BoundFeed(FILES, 3L * MB);
        AtomicInteger handed = new AtomicInteger();
        // Documents 2 to 10 come first; the binder waits for document 1, not yet drawn.
        Thread drawing = new Thread(() -> {
            for (String f : FILES.subList(1, FILES.size())) {
                drawnQuietly(feed, f);
                handed.incrementAndGet();
            }
        });
        drawing.start();
        waitUntilWaiting(drawing);
        assertThat(handed).as("documents waiting for the binder").hasValue(3);

        feed.drawn(FILES.get(0), new byte[MB]);
        assertThat(feed.file(0)).hasSize(MB);
        assertThat(feed.file(1)).hasSize(MB);
        waitUntil(() -> handed.get() == 4);
        waitUntilWaiting(drawing);
        assertThat(handed).as("one more document in for each the binder took past the first").hasValue(4);

        for (int i = 2; i < FILES.size(); i++) {
            assertThat(feed.file(i)).hasSize(MB);
        }
        drawing.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(handed).hasValue(9);
    }

    @Test
    void theDocumentTheBinderWaitsForIsTakenEvenPastTheBound() throws Exception {
        BoundFeed feed = new BoundFeed(FILES, 3L * MB);
        for (String f : FILES.subList(1, 4)) {
            feed.drawn(f, new byte[MB]);
        }
        // Over the bound already; were document 1 to wait too, the binder would wait for it for ever.
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> drawnQuietly(feed, FILES.get(0)));
        first.get(60, TimeUnit.SECONDS);
        assertThat(feed.file(0)).hasSize(MB);
    }

    @Test
    void aFailedDrawingReleasesTheDrawingsWaitingAndTheBinder() throws Exception {
        BoundFeed feed = new BoundFeed(FILES, MB);
        feed.drawn(FILES.get(1), new byte[MB]);
        CompletableFuture<Void> third = CompletableFuture.runAsync(() -> drawnQuietly(feed, FILES.get(2)));
        Thread.sleep(50);
        assertThat(third).isNotDone();

        feed.close();
        third.get(60, TimeUnit.SECONDS);
        assertThatThrownBy(() -> feed.file(0)).isInstanceOf(IOException.class).hasMessageContaining("a drawing failed");
    }

    private static void drawnQuietly(BoundFeed feed, String file) {
        try {
            feed.drawn(file, new byte[MB]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Until {@code done} holds, or a minute has passed (a failure, whatever the machine). */
    private static void waitUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        for (long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1); !done.getAsBoolean() && System.nanoTime() < end; ) {
            Thread.sleep(5);
        }
    }

    /** Until {@code t} waits for the binder (or ends): no sleep that a slow machine could outrun. */
    private static void waitUntilWaiting(Thread t) throws InterruptedException {
        while (t.isAlive() && t.getState() != Thread.State.WAITING) {
            Thread.sleep(5);
        }
    }
}
