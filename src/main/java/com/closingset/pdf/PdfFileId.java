package com.closingset.pdf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document ID a PDF of ours carries in its trailer ({@code /ID [<…><…>]}), read from the end of
 * the file without parsing the rest: what proves which Markdown and metadata it was drawn from.
 */
public final class PdfFileId {
    // Our trailer is the file's last hundred-odd bytes; a little room for a longer one.
    private static final int TAIL = 2048;
    private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]+)>");

    private PdfFileId() {
    }

    /** The first half of the file's ID, in lower-case hex; empty when its trailer holds none. */
    public static Optional<String> of(Path pdf) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(pdf.toFile(), "r")) {
            int length = (int) Math.min(TAIL, f.length());
            byte[] tail = new byte[length];
            f.seek(f.length() - length);
            f.readFully(tail);
            return inTail(tail, 0, length);
        }
    }

    /** As {@link #of(Path)}, of a PDF in memory. */
    static Optional<String> of(byte[] pdf) {
        int length = Math.min(TAIL, pdf.length);
        return inTail(pdf, pdf.length - length, length);
    }

    private static Optional<String> inTail(byte[] bytes, int from, int length) {
        Matcher m = ID.matcher(new String(bytes, from, length, StandardCharsets.ISO_8859_1));
        String found = null;
        while (m.find()) {
            found = m.group(1).toLowerCase(java.util.Locale.ROOT);
        }
        return Optional.ofNullable(found);
    }

    static String hex(byte[] id) {
        return HexFormat.of().formatHex(id);
    }
}
