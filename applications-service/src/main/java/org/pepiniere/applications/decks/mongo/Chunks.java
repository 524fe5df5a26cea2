package org.pepiniere.applications.decks.mongo;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Cuts a stream of buffers of any size into GridFS chunks of one size (the last one shorter), keeping one chunk at a time. */
final class Chunks {

    private final int size;
    private byte[] filling;
    private int filled;

    private Chunks(int size) {
        this.size = size;
        this.filling = new byte[size];
    }

    static Flux<byte[]> of(Flux<ByteBuffer> buffers, int size) {
        return Flux.defer(() -> {
            var chunks = new Chunks(size);
            return buffers.concatMapIterable(chunks::add, 1).concatWith(Mono.fromSupplier(chunks::rest));
        });
    }

    private List<byte[]> add(ByteBuffer buffer) {
        var full = new ArrayList<byte[]>(1);
        while (buffer.hasRemaining()) {
            int taken = Math.min(buffer.remaining(), size - filled);
            buffer.get(filling, filled, taken);
            filled += taken;
            if (filled == size) {
                full.add(filling);
                filling = new byte[size];
                filled = 0;
            }
        }
        return full;
    }

    /** What is left once the buffers ended; nothing when they ended on a chunk's boundary. */
    private byte[] rest() {
        return filled == 0 ? null : Arrays.copyOf(filling, filled);
    }
}
