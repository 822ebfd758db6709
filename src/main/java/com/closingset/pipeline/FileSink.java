package com.closingset.pipeline;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a deal's files go as the pipeline makes them, one at a time: into memory for a check or a
 * test, or into the scratch folder of {@code output/} for a build. A file is made once; the
 * pipeline reads back only a file it took over, for the binder that copies its pages.
 */
public interface FileSink {

    /** Puts a whole file. May be called from several threads at once, each for a file of its own. */
    void put(String name, byte[] bytes) throws IOException;

    /**
     * Puts a whole file whose SHA-256 the caller has already computed ({@code sha256}, in hex): a sink
     * that proves its files by their hash need not read the bytes again.
     */
    default void put(String name, byte[] bytes, String sha256) throws IOException {
        put(name, bytes);
    }

    /** A stream for a file too large to hold whole in memory (the binder); closing it finishes the file. */
    OutputStream create(String name) throws IOException;

    /**
     * Puts the previous build's file {@code name} as it is, if it still has exactly the bytes whose
     * SHA-256 is {@code sha256} and shows {@code proof}; false (and nothing put) otherwise, and always
     * for a sink that keeps no previous build.
     */
    boolean reuse(String name, String sha256, FileProof proof) throws IOException;

    /** The bytes of a file {@link #reuse} put; a sink that never reuses is never asked. */
    default byte[] reused(String name) throws IOException {
        throw new IllegalStateException(name + " was not taken over: this sink never takes a file over");
    }
}
