package org.pepiniere.notifications.retry.mongo;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** That a one-time migration ran on this database, when, and how many documents it changed. */
@Document(Migration.COLLECTION)
record Migration(@Id String name, Instant ranAt, long changed) {

    static final String COLLECTION = "migrations";
}
