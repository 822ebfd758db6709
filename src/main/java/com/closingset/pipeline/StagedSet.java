package com.closingset.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A deal's set being written into its hidden scratch folder of {@code output/}, file by file as the
 * pipeline makes them, so that no more than the files being drawn is ever held in memory. Each file
 * is flushed to disk on a thread of its own (waiting for the disk costs no processor), and all of
 * them before {@link OutputFolder#commit} swaps the folder in. A file unchanged since the previous
 * build is linked from the deal's current folder rather than drawn again.
 */
public final class StagedSet implements FileSink {
    private final String dealId;
    private final Path folder;
    private final Path previous;
    // Two threads: while one waits for the disk to take a file, the other can start the next.
    private final ExecutorService flushing = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "closingset-flush");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> flushed = new ArrayList<>();

    StagedSet(String dealId, Path folder, Path previous) {
        this.dealId = dealId;
        this.folder = folder;
        this.previous = previous;
    }

    public String dealId() {
        return dealId;
    }

    Path folder() {
        return folder;
    }

    @Override
    public void put(String name, byte[] bytes) throws IOException {
        Path file = file(name);
        submit(() -> {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            return null;
        });
    }

    @Override
    public OutputStream create(String name) throws IOException {
        Path file = file(name);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16) {
            @Override
            public void close() throws IOException {
                try (ch) {
                    flush();
                    ch.force(true);
                }
            }
        };
    }

    @Override
    public boolean reuse(String name, String sha256) throws IOException {
        Path old = previous.resolve(name);
        if (!Files.isRegularFile(old) || Files.isSymbolicLink(old) || !Sha256.of(old).equals(sha256)) {
            return false;
        }
        Path file = file(name);
        try {
            // The same bytes under a second name: nothing is copied, and its data is already on disk.
            Files.createLink(file, old);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(old, file, StandardCopyOption.COPY_ATTRIBUTES);
            submit(() -> {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                return null;
            });
        }
        return true;
    }

    /** Waits until every file put is on disk; throws the first failure to write one. */
    void awaitFlushed() throws IOException {
        List<Future<?>> pending;
        synchronized (this) {
            pending = List.copyOf(flushed);
        }
        try {
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + dealId, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** Stops writing; what was written stays until the scratch folder is removed. */
    void stop() {
        flushing.shutdownNow();
    }

    private synchronized void submit(Callable<Void> write) {
        flushed.add(flushing.submit(write));
    }

    private Path file(String name) throws IOException {
        Path file = folder.resolve(name).normalize();
        if (!file.getParent().equals(folder)) {
            throw new IOException("a closing set's files are all in its folder; \"" + name + "\" is not");
        }
        return file;
    }
}
