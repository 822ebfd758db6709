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
import java.io.FilterOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.io.InputStream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

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
    // A file waiting for the disk holds its bytes, and files are made faster than they are forced to
    // disk: a deal of 20,000 documents left some 400 MB of them waiting. Past this many KB waiting,
    // the drawing that puts the next file waits too.
    private static final int WAITING_KB = 32 * 1024;
    private final Semaphore waiting = new Semaphore(WAITING_KB);
    // What was put, by name, as the CRC-32C of its bytes: the folder must hold exactly these bytes
    // when it is swapped in. The check is against something else changing a file meanwhile, not
    // against forgery (whatever can write the folder can also write it after the swap), and CRC-32C
    // costs next to nothing where SHA-256 cost a tenth of a rebuild in serve; SHA256SUMS and the
    // build record keep SHA-256.
    private final Map<String, Long> expected = new ConcurrentHashMap<>();

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
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        expect(name, crc.getValue());
        int kb = Math.min(WAITING_KB, bytes.length / 1024 + 1);
        try {
            waiting.acquire(kb);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + file, e);
        }
        submit(() -> {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            } catch (IOException e) {
                throw OutputException.of("write", file, e);
            } finally {
                waiting.release(kb);
            }
            return null;
        });
    }

    @Override
    public OutputStream create(String name) throws IOException {
        Path file = file(name);
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw OutputException.of("write", file, e);
        }
        CRC32C crc = new CRC32C();
        OutputStream written = new FilterOutputStream(Channels.newOutputStream(ch)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw OutputException.of("write", file, e);
                }
            }
        };
        return new BufferedOutputStream(new CheckedOutputStream(written, crc), 1 << 16) {
            @Override
            public void close() throws IOException {
                try (ch) {
                    flush();
                    ch.force(true);
                } catch (IOException e) {
                    throw OutputException.of("write", file, e);
                }
                expect(name, crc.getValue());
            }
        };
    }

    @Override
    public boolean reuse(String name, String sha256, FileProof proof) throws IOException {
        Path old = previous.resolve(name);
        if (!Files.isRegularFile(old) || Files.isSymbolicLink(old)) {
            return false;
        }
        MessageDigest d = Sha256.digest();
        CRC32C crc = new CRC32C();
        read(old, (b, off, len) -> {
            d.update(b, off, len);
            crc.update(b, off, len);
        });
        if (!Sha256.hex(d).equals(sha256) || !proof.provenBy(old)) {
            return false;
        }
        Path file = file(name);
        expect(name, crc.getValue());
        try {
            // The same bytes under a second name: nothing is copied, and its data is already on disk.
            Files.createLink(file, old);
        } catch (UnsupportedOperationException | FileSystemException e) {
            try {
                Files.copy(old, file, StandardCopyOption.COPY_ATTRIBUTES);
            } catch (IOException copying) {
                throw OutputException.of("write", file, copying);
            }
            submit(() -> {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.force(true);
                } catch (IOException writing) {
                    throw OutputException.of("write", file, writing);
                }
                return null;
            });
        }
        return true;
    }

    @Override
    public byte[] reused(String name) throws IOException {
        Path file = file(name);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw OutputException.of("read", file, e);
        }
    }

    /**
     * Fails unless the folder holds exactly the files put, each with the bytes put: what is swapped
     * in must be the set built, even if something else removed or changed a file of it meanwhile.
     */
    void verify() throws IOException {
        Map<String, Long> found = new TreeMap<>();
        try (Stream<Path> listed = Files.list(folder)) {
            for (Path p : (Iterable<Path>) listed::iterator) {
                String name = p.getFileName().toString();
                if (!expected.containsKey(name)) {
                    throw OutputException.found("swap in", folder, "it holds " + name + ", which the build did not write there");
                }
                found.put(name, hash(p));
            }
        } catch (NoSuchFileException e) {
            throw OutputException.found("swap in", folder, "the folder was removed while the build wrote it");
        } catch (UncheckedIOException e) {
            throw OutputException.of("read", folder, e.getCause());
        }
        for (Map.Entry<String, Long> e : new TreeMap<>(expected).entrySet()) {
            if (!found.containsKey(e.getKey())) {
                throw OutputException.found("swap in", folder, e.getKey() + " is missing: it was written, then removed by"
                        + " something else");
            }
            if (!found.get(e.getKey()).equals(e.getValue())) {
                throw OutputException.found("swap in", folder, e.getKey() + " is not the file written: something else"
                        + " changed it");
            }
        }
    }

    private static long hash(Path file) {
        CRC32C crc = new CRC32C();
        try {
            read(file, crc::update);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return crc.getValue();
    }

    /** What a file is read into, a buffer at a time. */
    private interface Reader {
        void take(byte[] buffer, int offset, int length);
    }

    /** Reads {@code file} through once, into {@code into}. */
    private static void read(Path file, Reader into) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                into.take(buffer, 0, n);
            }
        }
    }

    private void expect(String name, long crc) throws IOException {
        if (expected.putIfAbsent(name, crc) != null) {
            throw new IOException("the closing set has two files named " + name);
        }
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
