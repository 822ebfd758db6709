package com.closingset.review;

import com.closingset.deal.InputException;
import com.closingset.deal.IoReason;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What {@code git cat-file --batch} prints for the ids it was given, read in their order as git
 * prints it: for each, {@code <id> <type> <size>\n}, the object's bytes, then {@code \n}. An object
 * is copied as it comes, never held, so a kit's large font or scan costs no memory.
 */
final class ObjectBatch {
    // An id of 64 hex digits, a type and a size fit well within this; a longer line is not git's.
    private static final int MOST_HEAD = 256;

    private final String shown;
    private final InputStream batch;
    private final byte[] buffer = new byte[1 << 16];

    ObjectBatch(String shown, InputStream batch) {
        this.shown = shown;
        this.batch = new BufferedInputStream(batch, buffer.length);
    }

    /** Copies the next object, which must be {@code id}, into {@code to}; a write to it that fails is an IOException. */
    void next(String id, OutputStream to) throws InputException, IOException {
        copy(id, size(id), to);
    }

    /** The next object, which must be {@code id}, in memory: at most {@code most} bytes, as a link's path is. */
    byte[] small(String id, int most) throws InputException {
        long size = size(id);
        if (size > most) {
            throw new InputException(shown, 0, 0, "", "git gave the object " + id + " as " + size + " bytes, more than the "
                    + most + " it can be");
        }
        ByteArrayOutputStream to = new ByteArrayOutputStream((int) size);
        try {
            copy(id, size, to);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return to.toByteArray();
    }

    /** The size of the next object, which must be {@code id}, from the line before its bytes. */
    private long size(String id) throws InputException {
        String[] head = head().split(" ");
        if (head.length != 3 || !head[0].equals(id)) {
            throw new InputException(shown, 0, 0, "", "git did not give the object " + id + ": " + String.join(" ", head));
        }
        long size;
        try {
            size = Long.parseLong(head[2]);
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 0) {
            throw new InputException(shown, 0, 0, "", "git gave the object " + id + " without its size");
        }
        return size;
    }

    private void copy(String id, long size, OutputStream to) throws InputException, IOException {
        for (long left = size; left > 0; ) {
            int n = read((int) Math.min(buffer.length, left));
            if (n < 0) {
                throw cutShort(id);
            }
            to.write(buffer, 0, n);
            left -= n;
        }
        if (read(1) != 1 || buffer[0] != '\n') {
            throw cutShort(id);
        }
    }

    /** The line before an object's bytes, without its {@code \n}. */
    private String head() throws InputException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = readByte(); b != '\n'; b = readByte()) {
            if (b < 0 || line.size() == MOST_HEAD) {
                break;
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private int readByte() throws InputException {
        try {
            return batch.read();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private int read(int most) throws InputException {
        try {
            return batch.read(buffer, 0, most);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private InputException unreadable(IOException e) {
        return new InputException(shown, 0, 0, "", "cannot read what git printed: " + IoReason.of(e));
    }

    private InputException cutShort(String id) {
        return new InputException(shown, 0, 0, "", "git gave the object " + id + " cut short");
    }
}
