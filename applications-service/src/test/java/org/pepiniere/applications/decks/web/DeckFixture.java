package org.pepiniere.applications.decks.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/** Files a founder might send: PDFs of a given size, and things that only look like one. */
final class DeckFixture {

    static final int MB = 1024 * 1024;

    /** A file of exactly {@code size} bytes that starts as every PDF does; the rest is random, so each is unique. */
    static byte[] pdf(int size) {
        var bytes = new byte[size];
        new Random(size * 31L + System.nanoTime()).nextBytes(bytes);
        var header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, Math.min(header.length, size));
        return bytes;
    }

    /** A PNG picture's first bytes, then noise. */
    static byte[] png(int size) {
        var bytes = pdf(size);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private DeckFixture() {
    }
}
