package org.pepiniere.platform.outbox;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the outbox holds, as of the last sweep: documents with pending events and parked events.
 * Read by the metrics and the health indicator without a query of their own.
 */
public final class OutboxStatus {

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();

    public long pending() {
        return pending.get();
    }

    public long parked() {
        return parked.get();
    }

    void update(long pendingDocuments, long parkedEvents) {
        pending.set(pendingDocuments);
        parked.set(parkedEvents);
    }
}
