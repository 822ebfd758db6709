package com.closingset.assemble;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A document's text held until it is drawn, in little memory. A deal of 10,000 investors has 20,000
 * documents of some 30,000 characters each, which as strings would need over a gigabyte; each
 * investor's document differs from the first investor's of its kind in a few lines, so it is kept deflated with the
 * first one's text as the dictionary, in about 1 KB. A text with no like text is kept as it is.
 *
 * <p>Deflate looks back at most 32 KB, so the text is packed in pieces of {@value #PIECE} bytes, each
 * against the like text's bytes from {@value #AROUND} before the piece's offset to as far after its end:
 * a few lines' shift in length between two investors' documents is within reach.
 */
public final class PackedText {
    private static final int PIECE = 16 * 1024;
    private static final int AROUND = 8 * 1024;

    private final byte[] plain;
    private final PackedText like;
    private final byte[][] pieces;
    private final int length;
    private final String sha256;

    private PackedText(byte[] plain, PackedText like, byte[][] pieces, int length, byte[] utf8) {
        this.plain = plain;
        this.like = like;
        this.pieces = pieces;
        this.length = length;
        this.sha256 = sha256(utf8);
    }

    /** {@code text} as it is: for a document like no other, or the first of its kind. */
    public static PackedText plain(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return new PackedText(utf8, null, null, utf8.length, utf8);
    }

    /** {@code text} deflated against this text, which must be {@linkplain #plain plain}. */
    public PackedText packLike(String text) {
        if (plain == null) {
            throw new IllegalStateException("a text is packed only against a plain one");
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[][] packed = new byte[(utf8.length + PIECE - 1) / PIECE][];
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            byte[] buffer = new byte[PIECE + 1024];
            for (int i = 0; i < packed.length; i++) {
                deflater.reset();
                if (dictionaryLength(i) > 0) {
                    deflater.setDictionary(plain, dictionaryStart(i), dictionaryLength(i));
                }
                deflater.setInput(utf8, i * PIECE, Math.min(PIECE, utf8.length - i * PIECE));
                deflater.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                packed[i] = out.toByteArray();
            }
        } finally {
            deflater.end();
        }
        return new PackedText(null, this, packed, utf8.length, utf8);
    }

    /** The text, as UTF-8: the bytes of the document's Markdown file. */
    public byte[] utf8() {
        if (plain != null) {
            return plain.clone();
        }
        byte[] utf8 = new byte[length];
        Inflater inflater = new Inflater();
        try {
            for (int i = 0; i < pieces.length; i++) {
                inflater.reset();
                inflater.setInput(pieces[i]);
                int at = i * PIECE;
                int end = Math.min(length, at + PIECE);
                while (at < end) {
                    int n = inflater.inflate(utf8, at, end - at);
                    if (n == 0 && inflater.needsDictionary()) {
                        inflater.setDictionary(like.plain, like.dictionaryStart(i), like.dictionaryLength(i));
                    } else if (n == 0 && (inflater.finished() || inflater.needsInput())) {
                        throw new IllegalStateException("a packed text ends early");
                    }
                    at += n;
                }
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("a packed text cannot be read back: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
        return utf8;
    }

    /** The text itself. */
    public String text() {
        return new String(plain != null ? plain : utf8(), StandardCharsets.UTF_8);
    }

    /** The SHA-256 of {@link #utf8()}, in hex: what the text is, known without unpacking it. */
    public String sha256() {
        return sha256;
    }

    /** The bytes held for this text beside its like text's: what packing it saves is {@code utf8().length} less this. */
    public int packedSize() {
        return plain != null ? plain.length : Arrays.stream(pieces).mapToInt(p -> p.length).sum();
    }

    private int dictionaryStart(int piece) {
        return Math.max(0, Math.min(plain.length, piece * PIECE - AROUND));
    }

    private int dictionaryLength(int piece) {
        return Math.min(plain.length, piece * PIECE + PIECE + AROUND) - dictionaryStart(piece);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
