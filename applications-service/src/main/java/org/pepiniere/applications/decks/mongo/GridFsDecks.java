package org.pepiniere.applications.decks.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.nio.ByteBuffer;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.bson.BsonString;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.decks.Deck;
import org.pepiniere.applications.decks.Decks;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import com.mongodb.reactivestreams.client.gridfs.GridFSBuckets;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Decks in the GridFS bucket {@code decks}: files and chunks in the standard layout, read back through the
 * driver's GridFS bucket. The chunks are written here rather than by the driver's uploader because that one
 * inserts up to 256 chunks at once (64 MB in flight when the database is slower than the client) and can
 * still be inserting some when it removes a failed upload's chunks. Here one chunk is inserted at a time and
 * the last insert is over before a failed upload's chunks are removed.
 */
public class GridFsDecks implements Decks {

    public static final String BUCKET = "decks";
    /** GridFS's default chunk size: one chunk is at most this much memory per upload. */
    static final int CHUNK_SIZE = 255 * 1024;

    private final Mono<MongoDatabase> database;

    public GridFsDecks(Mono<MongoDatabase> database) {
        // the indexes are made once; a failure is not kept, so the next request tries again
        this.database = database.flatMap(db -> indexed(db).thenReturn(db)).cacheInvalidateIf(db -> false);
    }

    @Override
    public Mono<Deck> current(String incubatorId, ApplicationId applicationId) {
        return database.flatMap(db -> Mono.from(files(db).find(ofApplication(incubatorId, applicationId))
                        .sort(Sorts.descending("uploadDate", "_id")).first()))
                .map(GridFsDecks::deck);
    }

    @Override
    public Mono<Deck> store(String incubatorId, String deckId, Flux<ByteBuffer> bytes, Supplier<Deck> completed) {
        var fileId = new BsonString(deckId);
        // the insert under way: a cancelled upload removes its chunks only once that insert is over
        var inFlight = new AtomicReference<Mono<Void>>(Mono.empty());
        return database.flatMap(db -> Chunks.of(bytes, CHUNK_SIZE)
                .index()
                // delay the bytes' error until the insert under way is over, so that the clean-up below finds its chunk
                .concatMapDelayError(chunk -> {
                    // the insert runs on its own, so that a cancelled upload cannot cut it short unseen
                    Sinks.Empty<Void> over = Sinks.empty();
                    inFlight.set(over.asMono());
                    Mono.from(chunks(db).insertOne(new Document("files_id", fileId)
                            .append("n", chunk.getT1().intValue())
                            .append("data", new Binary(chunk.getT2()))))
                            .subscribe(inserted -> { }, over::tryEmitError, over::tryEmitEmpty);
                    return over.asMono();
                }, true, 1)
                .then(Mono.fromSupplier(completed))
                .map(deck -> new Deck(deck.id(), deck.applicationId(), deck.filename(), deck.size(), deck.sha256(),
                        deck.uploadedAt().truncatedTo(ChronoUnit.MILLIS)))
                .flatMap(deck -> Mono.from(files(db).insertOne(file(incubatorId, deck))).thenReturn(deck))
                .onErrorResume(error -> Mono.from(chunks(db).deleteMany(eq("files_id", fileId))).then(Mono.error(error)))
                // a client gone mid-upload cancels rather than fails
                .doOnCancel(() -> inFlight.get().onErrorResume(error -> Mono.empty())
                        .then(Mono.from(chunks(db).deleteMany(eq("files_id", fileId)))).subscribe()));
    }

    @Override
    public Flux<ByteBuffer> content(Deck deck) {
        return database.flatMapMany(db -> GridFSBuckets.create(db, BUCKET).downloadToPublisher(new BsonString(deck.id()))
                .bufferSizeBytes(CHUNK_SIZE));
    }

    @Override
    public Mono<Long> removeOlderThan(String incubatorId, Deck deck) {
        var completedBefore = or(lt("uploadDate", Date.from(deck.uploadedAt())),
                and(eq("uploadDate", Date.from(deck.uploadedAt())), lt("_id", deck.id())));
        return database.flatMapMany(db -> Flux.from(files(db).find(and(ofApplication(incubatorId, deck.applicationId()), completedBefore))))
                .concatMap(older -> remove(older.getString("_id")).thenReturn(1L))
                .count();
    }

    @Override
    public Mono<Void> remove(Deck deck) {
        return remove(deck.id());
    }

    /** The file first: from then on nobody reads the deck, whose chunks can go. */
    private Mono<Void> remove(String id) {
        return database.flatMap(db -> Mono.from(files(db).deleteOne(eq("_id", id)))
                .then(Mono.from(chunks(db).deleteMany(eq("files_id", id)))))
                .then();
    }

    private static Bson ofApplication(String incubatorId, ApplicationId applicationId) {
        return and(eq("metadata.incubatorId", incubatorId), eq("metadata.applicationId", applicationId.value()));
    }

    private static Document file(String incubatorId, Deck deck) {
        var metadata = new Document("incubatorId", incubatorId)
                .append("applicationId", deck.applicationId().value())
                .append("filename", deck.filename())
                .append("sha256", deck.sha256())
                .append("contentType", "application/pdf");
        return new Document("_id", deck.id())
                .append("length", deck.size())
                .append("chunkSize", CHUNK_SIZE)
                .append("uploadDate", Date.from(deck.uploadedAt()))
                .append("filename", deck.filename() == null ? "pitch-deck.pdf" : deck.filename())
                .append("metadata", metadata);
    }

    private static Deck deck(Document file) {
        var metadata = file.get("metadata", Document.class);
        return new Deck(file.getString("_id"), new ApplicationId(metadata.getString("applicationId")), metadata.getString("filename"),
                ((Number) file.get("length")).longValue(), metadata.getString("sha256"), file.getDate("uploadDate").toInstant());
    }

    /** GridFS's own index on chunks (the driver's uploader would create it), and one to find an application's decks. */
    private static Mono<Void> indexed(MongoDatabase db) {
        return Mono.from(chunks(db).createIndex(Indexes.ascending("files_id", "n"), new IndexOptions().unique(true)))
                .then(Mono.from(files(db).createIndex(Indexes.ascending("metadata.incubatorId", "metadata.applicationId"))))
                .then();
    }

    private static MongoCollection<Document> files(MongoDatabase db) {
        return db.getCollection(BUCKET + ".files");
    }

    private static MongoCollection<Document> chunks(MongoDatabase db) {
        return db.getCollection(BUCKET + ".chunks");
    }
}
