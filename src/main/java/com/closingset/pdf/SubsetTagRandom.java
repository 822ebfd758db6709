package com.closingset.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * OpenPDF draws the six-letter tag of an embedded font subset ({@code ABCDEF+LiberationSerif})
 * from {@code BaseFont.getSecureRandom()}. This source feeds it from the document's fingerprint
 * and the font's name instead of entropy, so a re-render names its subsets identically while the
 * fonts of one document still get distinct tags.
 */
final class SubsetTagRandom extends SecureRandom {
    private final byte[] seed;
    private long block;

    SubsetTagRandom(byte[] fingerprint, String fontName) {
        MessageDigest md5 = Fingerprint.md5();
        md5.update(fingerprint);
        md5.update(fontName.getBytes(StandardCharsets.UTF_8));
        this.seed = md5.digest();
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        int filled = 0;
        while (filled < bytes.length) {
            MessageDigest md5 = Fingerprint.md5();
            md5.update(seed);
            md5.update(Long.toString(block++).getBytes(StandardCharsets.US_ASCII));
            byte[] next = md5.digest();
            int n = Math.min(next.length, bytes.length - filled);
            System.arraycopy(next, 0, bytes, filled, n);
            filled += n;
        }
    }
}
