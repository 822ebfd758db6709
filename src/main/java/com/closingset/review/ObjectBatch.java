package com.closingset.review;

import com.closingset.deal.InputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What {@code git cat-file --batch} prints for the ids it was given, read in their order: for each,
 * {@code <id> <type> <size>\n}, the object's bytes, then {@code \n}.
 */
final class ObjectBatch {
    private final String shown;
    private final byte[] batch;
    private int at;

    ObjectBatch(String shown, byte[] batch) {
        this.shown = shown;
        this.batch = batch;
    }

    /** The bytes of the next object, which must be {@code id}. */
    byte[] next(String id) throws InputException {
        int end = at;
        while (end < batch.length && batch[end] != '\n') {
            end++;
        }
        String[] head = new String(batch, at, end - at, StandardCharsets.US_ASCII).split(" ");
        if (head.length != 3 || !head[0].equals(id)) {
            throw new InputException(shown, 0, 0, "", "git did not give the object " + id + ": "
                    + String.join(" ", head));
        }
        int size;
        try {
            size = Integer.parseInt(head[2]);
        } catch (NumberFormatException e) {
            throw new InputException(shown, 0, 0, "", "git gave the object " + id + " without its size");
        }
        int from = end + 1;
        if (size < 0 || from + size > batch.length) {
            throw new InputException(shown, 0, 0, "", "git gave the object " + id + " cut short");
        }
        at = from + size + 1;
        return Arrays.copyOfRange(batch, from, from + size);
    }
}
