package com.closingset.pipeline;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files one binder binds, handed from the drawings that make them to the binder that copies
 * their pages, in its order. A file drawn waits here in memory until the binder takes it, but only
 * so many bytes wait: a drawing that would pass the limit waits for the binder, unless its file is
 * the very one the binder waits for (so the two can never wait on each other). A file taken over
 * from the previous build waits as its name only and is read when taken.
 */
final class BoundFeed implements Drawing.BoundFiles {
    /** How many drawn bytes may wait for the binder: a few documents' worth, whatever the deal's size. */
    static final long WAITING_BYTES = 32L << 20;

    /** A file as it waits: read when the binder takes it. */
    @FunctionalInterface
    interface Source {
        byte[] bytes() throws IOException;
    }

    private record Waiting(Source source, long size) {
    }

    private final Map<String, Integer> order = new HashMap<>();
    private final Map<Integer, Waiting> waiting = new HashMap<>();
    private final long limit;
    private int next;
    private long held;
    private boolean closed;

    BoundFeed(List<String> files) {
        this(files, WAITING_BYTES);
    }

    BoundFeed(List<String> files, long limit) {
        for (int i = 0; i < files.size(); i++) {
            order.put(files.get(i), i);
        }
        this.limit = limit;
    }

    /** Whether {@code file} is one this feed's binder binds. */
    boolean binds(String file) {
        return order.containsKey(file);
    }

    /** Hands over a file drawn, waiting while too many bytes wait already; dropped once the feed is closed. */
    synchronized void drawn(String file, byte[] bytes) throws IOException {
        int index = order.get(file);
        try {
            while (!closed && index != next && held > 0 && held + bytes.length > limit) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while handing " + file + " to the binder", e);
        }
        if (!closed) {
            waiting.put(index, new Waiting(() -> bytes, bytes.length));
            held += bytes.length;
            notifyAll();
        }
    }

    /** Hands over a file taken over from the previous build, to be read by {@code source} when the binder takes it. */
    synchronized void reused(String file, Source source) {
        if (!closed) {
            waiting.put(order.get(file), new Waiting(source, 0));
            notifyAll();
        }
    }

    @Override
    public byte[] file(int index) throws IOException {
        Waiting w;
        synchronized (this) {
            try {
                while (!waiting.containsKey(index)) {
                    if (closed) {
                        throw new IOException("the files to bind are no longer coming: a drawing failed");
                    }
                    wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for a file to bind", e);
            }
            w = waiting.remove(index);
            held -= w.size();
            next = index + 1;
            notifyAll();
        }
        return w.source().bytes();
    }

    /** No file is taken any more (the binder is done, taken over or failed, or a drawing failed): none waits. */
    synchronized void close() {
        closed = true;
        waiting.clear();
        held = 0;
        notifyAll();
    }
}
