package com.closingset.pipeline;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * A file's stream that keeps the first failure to write it. A writer that catches it (OpenPDF turns
 * "No space left on device" into "Unbalanced begin/end text operators" on the way out) would
 * otherwise report another error than the one that happened.
 */
final class FirstFailureStream extends FilterOutputStream {
    private IOException first;

    FirstFailureStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw kept(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw kept(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw kept(e);
        }
    }

    private synchronized IOException kept(IOException e) {
        if (first == null) {
            first = e;
        }
        return e;
    }

    /** The first failure to write, if there was one. */
    synchronized Optional<IOException> failure() {
        return Optional.ofNullable(first);
    }
}
