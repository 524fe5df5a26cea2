package org.pepiniere.notifications.webhooks.mongo;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A pending delivery in the small queue the sweep reads, instead of the whole delivery log. It says when
 * to look at the delivery again; the delivery's own document stays the truth about its state.
 */
@Document(QueuedDelivery.COLLECTION)
record QueuedDelivery(@Id String id, String endpointId, Instant dueAt, Instant queuedAt) {

    static final String COLLECTION = "delivery_queue";
}
