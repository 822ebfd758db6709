package com.closingset.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Stream;

/**
 * MD5 of everything a render depends on. The PDF's file identifier and font subset tags are taken
 * from it, so equal input gives equal bytes and different documents still get different identifiers.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    static byte[] of(List<PdfPart> parts, PdfMetadata m) {
        MessageDigest md5 = md5();
        Stream.concat(Stream.of(m.title(), m.subject(), m.author(), m.keywords(), m.creator(), m.date().toString()),
                        parts.stream().flatMap(p -> Stream.of(p.label(), String.valueOf(p.numbered()), p.markdown())))
                .forEach(field -> {
                    // Length-prefixed so that moving text from one field to the next changes the digest.
                    byte[] bytes = String.valueOf(field).getBytes(StandardCharsets.UTF_8);
                    md5.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                    md5.update((byte) ':');
                    md5.update(bytes);
                });
        return md5.digest();
    }

    static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
