package com.closingset;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A named pipe, for the tests that show what reads a file only once: a pipe gives its bytes to one
 * reader, and a second read waits for a writer that never comes. Opening either end blocks until the
 * other is opened, so each end is worked in a daemon thread of its own, and a test that finds a read
 * waiting ends it rather than hang.
 */
public final class NamedPipe implements AutoCloseable {
    /** What the writer does once the reader has opened the pipe, before it writes. */
    public interface Step {
        void run() throws IOException;
    }

    private final Path path;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r);
        t.setDaemon(true);
        return t;
    });
    private Future<Void> fed;

    private NamedPipe(Path path) {
        this.path = path;
    }

    /** Makes the pipe at {@code path}; skips the test, saying {@code why} it needs one, where mkfifo is not available. */
    public static NamedPipe make(Path path, String why) throws InterruptedException {
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available here: " + why);
        return new NamedPipe(path);
    }

    public Path path() {
        return path;
    }

    /** Writes {@code bytes} once a reader opens the pipe, {@code first} done between the opening and the writing. */
    public Future<Void> feed(Step first, byte[] bytes) {
        fed = threads.submit(() -> {
            write(first, bytes);
            return null;
        });
        return fed;
    }

    /** Does the reading in a thread of its own, so the test can wait for it with a time limit. */
    public <T> Future<T> read(Callable<T> reading) {
        return threads.submit(reading);
    }

    /** Ends a read left waiting for a second writer: gives it one with nothing to say. */
    public void endWaitingRead() throws IOException {
        write(() -> { }, new byte[0]);
    }

    /** Ends a feed whose reader never came (it stopped before opening the pipe): opens the pipe to read, and closes it. */
    public void endWaitingFeed() throws IOException {
        if (fed != null && !fed.isDone()) {
            Files.newInputStream(path).close();
        }
    }

    private void write(Step first, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(path)) {
            first.run();
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
