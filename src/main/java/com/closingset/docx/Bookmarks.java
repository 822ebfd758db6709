package com.closingset.docx;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Word's name for a heading's anchor ({@code #section-4-closing}): a bookmark name is at most 40
 * letters, digits and underscores and begins with a letter, so the anchor is spelled in those, and a
 * long one is cut and told apart from others cut alike by a few hex digits of its hash.
 */
final class Bookmarks {
    private static final int LONGEST = 40;

    private Bookmarks() {
    }

    static String nameOf(String anchor) {
        StringBuilder name = new StringBuilder("h_");
        anchor.codePoints().forEach(c -> name.append(c < 128 && Character.isLetterOrDigit(c) ? (char) c : '_'));
        if (name.length() <= LONGEST) {
            return name.toString();
        }
        return name.substring(0, LONGEST - 9) + "_" + hash(anchor);
    }

    private static String hash(String anchor) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(anchor.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
