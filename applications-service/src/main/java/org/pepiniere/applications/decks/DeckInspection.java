package org.pepiniere.applications.decks;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Checks one deck's bytes as they stream past, without keeping them: it counts them, judges the first
 * bytes against the PDF signature (what the client declares proves nothing) and hashes them. The stream
 * ends with {@link DeckRefused} as soon as a rule is broken, so a 2 GB file is refused after 20 MB and a
 * picture after its first bytes.
 */
final class DeckInspection {

    /** Every PDF starts with these bytes (ISO 32000-1, 7.5.2, the file header). */
    private static final byte[] SIGNATURE = {'%', 'P', 'D', 'F', '-'};

    private final long maxBytes;
    private final MessageDigest digest;
    private final byte[] head = new byte[SIGNATURE.length];
    private int headLength;
    private long size;

    DeckInspection(long maxBytes) {
        this.maxBytes = maxBytes;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The same bytes, checked; errors with {@link DeckRefused} when they break a rule. Subscribe once. */
    Flux<ByteBuffer> inspect(Flux<ByteBuffer> bytes) {
        return bytes.<ByteBuffer>handle((buffer, sink) -> {
            var refusal = accept(buffer);
            if (refusal == null) {
                sink.next(buffer);
            } else {
                sink.error(new DeckRefused(refusal));
            }
        }).concatWith(Mono.defer(() -> {
            var refusal = atEnd();
            return refusal == null ? Mono.empty() : Mono.error(new DeckRefused(refusal));
        }));
    }

    long size() {
        return size;
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private DeckRefusal accept(ByteBuffer buffer) {
        size += buffer.remaining();
        if (size > maxBytes) {
            return DeckRefusal.TOO_LARGE;
        }
        var view = buffer.duplicate();
        while (headLength < head.length && view.hasRemaining()) {
            head[headLength++] = view.get();
        }
        if (headLength == head.length && !startsLikeAPdf()) {
            return DeckRefusal.NOT_A_PDF;
        }
        digest.update(buffer.duplicate());
        return null;
    }

    private DeckRefusal atEnd() {
        if (size == 0) {
            return DeckRefusal.EMPTY;
        }
        return headLength == head.length ? null : DeckRefusal.NOT_A_PDF;
    }

    private boolean startsLikeAPdf() {
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (head[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }
}
