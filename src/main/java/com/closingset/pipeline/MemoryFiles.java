package com.closingset.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.SortedMap;
import java.util.TreeMap;

/** A sink holding every file in memory: for checks and tests, which compare bytes rather than write them. */
final class MemoryFiles implements FileSink {
    private final SortedMap<String, byte[]> files = new TreeMap<>();

    @Override
    public synchronized void put(String name, byte[] bytes) {
        if (files.putIfAbsent(name, bytes) != null) {
            throw new IllegalStateException(name + " was made twice");
        }
    }

    @Override
    public OutputStream create(String name) {
        return new ByteArrayOutputStream() {
            @Override
            public void close() {
                put(name, toByteArray());
            }
        };
    }

    @Override
    public boolean reuse(String name, String sha256, FileProof proof) {
        return false;
    }

    synchronized SortedMap<String, byte[]> files() {
        return new TreeMap<>(files);
    }
}
