package com.closingset.assemble;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of a template as the engine reads it: UTF-8 (a Latin-1 "é" would otherwise print as
 * U+FFFD in every document), not empty, and reading nothing whose value changes from one build to the
 * next ({@link Unreproducible}), so the same deal and kit give the same documents on any day.
 */
final class TemplateText {
    private TemplateText() {
    }

    // Notepad and other Windows editors begin a UTF-8 file with these bytes. They mark the encoding and
    // are no part of the text: kept, they would open the document's Markdown (or, included, sit in the
    // middle of it) as an invisible character, and shift every column said of the first line.
    private static final byte[] SIGNATURE = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The template's text, or why it cannot be one, at its line and column. */
    static String of(String shownName, byte[] bytes) throws UnusableTemplate {
        String text = decoded(shownName, withoutSignature(bytes));
        if (text.isBlank()) {
            throw new UnusableTemplate(shownName + ": the template is empty; a template writes its document (or, included, "
                    + "defines what others use)");
        }
        return checked(shownName, text);
    }

    /** {@code text} when it reads nothing that changes between builds; else where it does, as {@code name:line:column}. */
    static String checked(String shownName, String text) throws UnusableTemplate {
        Optional<Unreproducible.Found> found = Unreproducible.first(text);
        if (found.isPresent()) {
            Unreproducible.Found f = found.get();
            throw new UnusableTemplate(shownName + ":" + f.line() + ":" + f.column() + ": " + f.token() + ": " + f.why());
        }
        return text;
    }

    private static byte[] withoutSignature(byte[] bytes) {
        boolean signed = bytes.length >= 3 && bytes[0] == SIGNATURE[0] && bytes[1] == SIGNATURE[1] && bytes[2] == SIGNATURE[2];
        return signed ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    /** {@code text} without the byte-order mark a UTF-8 file may begin with, as {@link #of} reads it. */
    static String withoutSignature(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decoded(String shownName, byte[] bytes) throws UnusableTemplate {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            throw new UnusableTemplate(String.format(Locale.ROOT, "%s:%d:%d: expected UTF-8 text, got the byte 0x%02X, which is "
                    + "not UTF-8 here (saved as Latin-1 or Windows-1252?); save the file as UTF-8", shownName, line, column,
                    bytes[in.position()] & 0xFF));
        }
        utf8.flush(out);
        out.flip();
        return out.toString();
    }
}
