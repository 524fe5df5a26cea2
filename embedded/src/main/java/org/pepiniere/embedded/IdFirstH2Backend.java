package org.pepiniere.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import io.netty.channel.Channel;

/**
 * The H2 file backend, with reads by id and more answered from the id index ({@link IdFirstQueries}), index
 * keys compared without serializing them each time ({@link IndexKeyType}), that writes each change to its file
 * before acknowledging it.
 * <p>
 * Left alone, H2 writes changes to its file about once a second: a process killed in that second lost writes
 * the services had been told were stored, such as an outbox record whose event then never left. Committing
 * before the answer hands every acknowledged change to the operating system, which keeps it when the process
 * dies (not when the machine loses power: H2 does not sync the file at each commit). The answer to a write
 * waits for a commit on its connection ({@link HeldAnswers}), not on the thread that handled it, so that the
 * writes applied meanwhile share the next commit ({@link GroupCommits}).
 * <p>
 * It also keeps the indexes that are not unique ({@link SecondaryIndex}), which mongo-java-server ignores, and
 * deletes what a TTL index expired ({@link #expireDocuments}), which it never does.
 */
final class IdFirstH2Backend extends H2Backend {

    /** The commands that change data, lower-cased: their answer waits for the commit. */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create", "drop",
            "createindexes", "dropindexes", "dropdatabase", "renamecollection");

    /** How often the documents past their TTL index's {@code expireAfterSeconds} are deleted: MongoDB's period. */
    static final Duration EXPIRY_PERIOD = Duration.ofSeconds(60);
    /** The most documents one collection's expiry deletes under its lock at a time. */
    private static final int EXPIRY_BATCH = 1_000;

    private static final Logger log = LoggerFactory.getLogger(IdFirstH2Backend.class);

    /** {@code null} when H2 writes on its own, about once a second. */
    private final GroupCommits commits;
    private final ScheduledExecutorService expiry = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "mongo-server-ttl");
        thread.setDaemon(true);
        return thread;
    });

    /** With {@code commitEachWrite} false, H2 writes on its own, about once a second. */
    IdFirstH2Backend(MVStore store, boolean commitEachWrite) {
        this(store, commitEachWrite ? new GroupCommits(store::commit, "mongo-server-commit") : null);
    }

    /** Acknowledges a write once {@code commits} wrote it, or at once if {@code null}; closes them when closed. */
    IdFirstH2Backend(MVStore store, GroupCommits commits) {
        super(store);
        this.commits = commits;
        long period = EXPIRY_PERIOD.toSeconds();
        expiry.scheduleWithFixedDelay(this::expireQuietly, period, period, TimeUnit.SECONDS);
    }

    /**
     * Deletes the documents whose TTL index says they expired, as MongoDB's TTL monitor does: those whose indexed
     * date (the earliest, for an array of dates) is more than the index's {@code expireAfterSeconds} before
     * {@code now}. mongo-java-server keeps TTL indexes but never expires anything, so that the events a consumer
     * processed, kept 30 days to recognise a redelivery, stayed for ever.
     *
     * @return how many documents it deleted
     */
    int expireDocuments(Instant now) {
        int deleted = 0;
        for (String name : List.copyOf(listDatabaseNames())) {
            if (resolveDatabase(name) instanceof Database database) {
                deleted += database.expireDocuments(now);
            }
        }
        return deleted;
    }

    private void expireQuietly() {
        try {
            int deleted = expireDocuments(getClock().instant());
            if (deleted > 0) {
                log.debug("deleted {} expired documents", deleted);
            }
        } catch (RuntimeException e) {
            // the next round tries again
            log.warn("could not delete the expired documents", e);
        }
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document answer = super.handleCommand(channel, databaseName, command, query);
        if (commits != null && WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            if (channel != null) {
                HeldAnswers.holdNextAnswer(channel, commits);
            } else {
                getMvStore().commit();
            }
        }
        return answer;
    }

    @Override
    public void close() {
        expiry.shutdownNow();
        // the store's own closing writes what is left
        if (commits != null) {
            commits.close();
        }
        super.close();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    // An inner class: H2Database opens its collections from its own constructor, before a field of a
    // subclass could be set, while the enclosing backend (and its store) is already there.
    private final class Database extends H2Database {

        Database(String name, CursorRegistry cursors) {
            super(name, getMvStore(), cursors);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // the map names H2Database gives a collection's documents and metadata
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap("databases." + fullName,
                    new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
            MVMap<String, Object> meta = getMvStore().openMap("meta." + fullName);
            return new Collection(this, collectionName, options, data, meta, cursorRegistry);
        }

        /** Deletes, a batch at a time, the documents of each TTL index of this database that expired by {@code now}. */
        int expireDocuments(Instant now) {
            MongoCollection<Object> descriptions = indexes.get();
            if (descriptions == null) {
                return 0;
            }
            int deleted = 0;
            for (Document index : descriptions.handleQuery(new Document("expireAfterSeconds", new Document("$exists", true)))) {
                Document key = (Document) index.get("key");
                String namespace = String.valueOf(index.get("ns"));
                if (key.size() != 1 || !(index.get("expireAfterSeconds") instanceof Number seconds)
                        || !namespace.startsWith(getDatabaseName() + ".")) {
                    continue;
                }
                MongoCollection<Object> collection = resolveCollection(namespace.substring(getDatabaseName().length() + 1), false);
                if (collection == null) {
                    continue;
                }
                // only dates compare with a date, as in MongoDB: a document whose field holds no date stays
                var expired = new Document(key.keySet().iterator().next(),
                        new Document("$lt", now.minusSeconds(seconds.longValue())));
                int batch;
                do {
                    batch = collection.deleteDocuments(expired, EXPIRY_BATCH, NoopOplog.get());
                    deleted += batch;
                } while (batch == EXPIRY_BATCH);
            }
            return deleted;
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            // H2Database opens the index's map by this name with H2's default key type; the store hands back the
            // map already open under a name, so opening it first is what gives it the faster key type
            getMvStore().openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                    new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType(SerializedKeys.SHARED)));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            return ((Collection) resolveCollection(collectionName, true)).secondaryIndex(indexName, keys, sparse);
        }
    }

    private static final class Collection extends H2Collection {

        Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                Document fields) {
            return IdFirstQueries.answer(query, getIdField(), getIndexes(), orderBy, this, this::getDocument,
                    positions -> matchDocuments(query, positions, orderBy, skip, limit, batchSize, fields),
                    (read, inOrder) -> inOrder ? matchDocumentsFromStream(query, read, skip, limit, batchSize, null, fields)
                            : matchDocumentsFromStream(read, query, orderBy, skip, limit, batchSize, fields),
                    () -> super.queryDocuments(query, orderBy, skip, limit, batchSize, fields));
        }

        /** An index built from this collection's documents on its first use. */
        SecondaryIndex<Object> secondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
            // a document's position in the data map is its id
            return SecondaryIndex.builtOnFirstUse(name, keys, sparse, getIdField(), this::streamAllDocumentsWithPosition,
                    document -> document.get(getIdField()));
        }
    }
}
