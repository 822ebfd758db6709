package com.closingset.review;

import com.closingset.pipeline.FileSink;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sink that writes nothing: each file of {@code compared} put into it is compared, as it comes, with
 * the file of that name in {@code folder}, and only whether the two are the same is kept. So a check
 * needs no more memory than a build: a 10,000-investor binder is compared a buffer at a time, never held.
 * Files not in {@code compared} (the Markdown, compared before; a PDF absent from the folder) are dropped.
 */
final class ComparingSink implements FileSink {
    private final Path folder;
    private final Set<String> compared;
    private final Map<String, Boolean> same = new ConcurrentHashMap<>();

    ComparingSink(Path folder, Set<String> compared) {
        this.folder = folder;
        this.compared = Set.copyOf(compared);
    }

    @Override
    public void put(String name, byte[] bytes) throws IOException {
        if (compared.contains(name)) {
            Path file = folder.resolve(name);
            judged(name, Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes));
        }
    }

    @Override
    public OutputStream create(String name) throws IOException {
        return compared.contains(name) ? new Comparison(name, Files.newInputStream(folder.resolve(name)))
                : OutputStream.nullOutputStream();
    }

    @Override
    public boolean reuse(String name, String sha256, com.closingset.pipeline.FileProof proof) {
        return false;
    }

    /** Whether the file made under {@code name} was byte for byte the one in the folder. */
    boolean same(String name) {
        Boolean verdict = same.get(name);
        if (verdict == null) {
            throw new IllegalStateException(name + " was to be compared but was never made");
        }
        return verdict;
    }

    private void judged(String name, boolean verdict) {
        if (same.putIfAbsent(name, verdict) != null) {
            throw new IllegalStateException(name + " was made twice");
        }
    }

    /** A file being made, compared with the folder's as each buffer is written; the verdict is kept on closing. */
    private final class Comparison extends OutputStream {
        private final String name;
        private final InputStream existing;
        private byte[] read = new byte[0];
        private boolean differs;
        private boolean closed;

        Comparison(String name, InputStream existing) {
            this.name = name;
            this.existing = new BufferedInputStream(existing, 1 << 16);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (differs || len == 0) {
                return;
            }
            if (read.length < len) {
                read = new byte[Math.max(len, 1 << 16)];
            }
            int n = existing.readNBytes(read, 0, len);
            differs = n != len || !Arrays.equals(read, 0, len, b, off, off + len);
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try (existing) {
                judged(name, !differs && existing.read() == -1);
            }
        }
    }
}
