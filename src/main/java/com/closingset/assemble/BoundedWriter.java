package com.closingset.assemble;

import java.io.Writer;

/**
 * Where a render writes its document: in memory, and never more than the bound allows, the length
 * checked before the characters are kept, so a runaway document stops at the write that would pass
 * it rather than after it has filled the heap.
 */
final class BoundedWriter extends Writer {
    private final StringBuilder text = new StringBuilder();
    private final RenderWatch watch;

    BoundedWriter(RenderWatch watch) {
        this.watch = watch;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        watch.written((long) text.length() + length);
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
        watch.written((long) text.length() + length);
        text.append(s, offset, offset + length);
    }

    @Override
    public void write(int c) {
        watch.written(text.length() + 1L);
        text.append((char) c);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
