package org.pepiniere.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.CannotIndexParallelArraysError;

/**
 * What a secondary index names for a query: only the documents in its range, in the order asked for when it
 * can give it, and it reads the collection once, on its first use.
 */
class SecondaryIndexTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final List<Document> stored = new ArrayList<>();
    private final AtomicInteger builds = new AtomicInteger();

    /** Built on its first use, as in the H2 backend, where a document's position is its id. */
    private SecondaryIndex<Object> index(boolean sparse, IndexKey... keys) {
        return SecondaryIndex.builtOnFirstUse("test", List.of(keys), sparse, "_id", () -> {
            builds.incrementAndGet();
            return stored.stream().map(document -> new DocumentWithPosition<>(document, document.get("_id")));
        }, document -> document.get("_id"));
    }

    private void store(SecondaryIndex<Object> index, Document document) {
        index.checkAdd(document, null);
        stored.add(document);
        index.add(document, document.get("_id"), null);
    }

    @Test
    void namesOnlyWhatIsDueInTheOrderOfDueness() {
        var index = index(false, new IndexKey("dueAt", true));
        for (int i = 0; i < 1_000; i++) {
            // half due, half later, stored out of order
            store(index, new Document("_id", "d-" + i).append("dueAt", NOW.plusSeconds((i * 7919L) % 1_000 - 500)));
        }

        var scan = index.scan(new Document("dueAt", new Document("$lte", NOW)), new Document("dueAt", 1));

        var expected = stored.stream().filter(d -> !((Instant) d.get("dueAt")).isAfter(NOW))
                .sorted((a, b) -> ((Instant) a.get("dueAt")).compareTo((Instant) b.get("dueAt")))
                .map(d -> d.get("_id")).toList();
        assertThat(scan.ordered()).isTrue();
        assertThat(scan.positions().toList()).hasSize(501).isEqualTo(expected);
    }

    @Test
    void excludesTheBoundOfAStrictRange() {
        var index = index(false, new IndexKey("n", true));
        IntStream.range(0, 10).forEach(n -> store(index, new Document("_id", "n-" + n).append("n", n)));

        var between = index.scan(new Document("n", new Document("$gt", 3).append("$lt", 7.0)), null);

        assertThat(between.positions().toList()).containsExactly("n-4", "n-5", "n-6");
    }

    @Test
    void readsARangeOfADescendingKeyInEitherOrder() {
        var index = index(false, new IndexKey("score", false));
        IntStream.range(0, 10).forEach(n -> store(index, new Document("_id", "s-" + n).append("score", n)));
        var range = new Document("score", new Document("$gte", 2).append("$lt", 6));

        var highestFirst = index.scan(range, new Document("score", -1));
        var lowestFirst = index.scan(range, new Document("score", 1));

        assertThat(highestFirst.positions().toList()).containsExactly("s-5", "s-4", "s-3", "s-2");
        assertThat(lowestFirst.ordered()).isTrue();
        assertThat(lowestFirst.positions().toList()).containsExactly("s-2", "s-3", "s-4", "s-5");
    }

    @Test
    void readsOneRecipientsEntriesNewestFirstFromADescendingKey() {
        var index = index(false, new IndexKey("recipientId", true), new IndexKey("createdAt", false));
        for (int i = 0; i < 30; i++) {
            store(index, new Document("_id", "n-" + i).append("recipientId", "r-" + i % 3)
                    .append("createdAt", NOW.plusSeconds(i)));
        }

        var newestFirst = index.scan(new Document("recipientId", "r-1"), new Document("createdAt", -1));
        var oldestFirst = index.scan(new Document("recipientId", "r-1"),
                new Document("recipientId", 1).append("createdAt", 1));
        var since = index.scan(new Document("recipientId", "r-1").append("createdAt", new Document("$gte", NOW.plusSeconds(20))),
                new Document("createdAt", -1));

        assertThat(newestFirst.ordered()).isTrue();
        assertThat(newestFirst.positions().toList()).containsExactly("n-28", "n-25", "n-22", "n-19", "n-16", "n-13",
                "n-10", "n-7", "n-4", "n-1");
        assertThat(oldestFirst.ordered()).isTrue();
        assertThat(oldestFirst.positions().toList()).startsWith("n-1", "n-4").endsWith("n-28");
        assertThat(since.positions().toList()).containsExactly("n-28", "n-25", "n-22");
    }

    @Test
    void leavesASortItCannotGiveToTheCollection() {
        var index = index(false, new IndexKey("recipientId", true), new IndexKey("createdAt", false));
        store(index, new Document("_id", "n-1").append("recipientId", "r").append("createdAt", NOW));

        var byOtherField = index.scan(new Document("recipientId", "r"), new Document("title", 1));
        var thenById = index.scan(new Document("recipientId", "r"), new Document("createdAt", -1).append("_id", 1));

        assertThat(byOtherField.ordered()).isFalse();
        assertThat(thenById.ordered()).isFalse();
        assertThat(byOtherField.positions().toList()).containsExactly("n-1");
    }

    @Test
    void answersNoQueryThatDoesNotGiveItsFirstKey() {
        var index = index(false, new IndexKey("incubatorId", true), new IndexKey("status", true));

        assertThat(index.scan(new Document("status", "OPEN"), null)).isNull();
        assertThat(index.scan(new Document("incubatorId", new Document("$ne", "imt")), null)).isNull();
        assertThat(index.scan(new Document("incubatorId", null), null)).isNull();
        assertThat(index.scan(new Document("incubatorId", new Document("$in", List.of("imt"))), null)).isNull();
        assertThat(index.scan(new Document("incubatorId", "imt"), null)).isNotNull();
        assertThat(index.scan(new Document("incubatorId", new Document("$eq", "imt")), null)).isNotNull();
    }

    @Test
    void findsAnArrayByAnyOfItsElementsAndEachSideOfARangeByAnyElement() {
        var index = index(false, new IndexKey("incubatorId", true), new IndexKey("eventTypes", true));
        store(index, new Document("_id", "e-1").append("incubatorId", "imt")
                .append("eventTypes", List.of("ApplicationSubmitted", "StartupAdmitted")));
        store(index, new Document("_id", "e-2").append("incubatorId", "imt").append("eventTypes", List.of()));
        var scores = index(false, new IndexKey("scores", true));
        store(scores, new Document("_id", "s-1").append("scores", List.of(0, 10)));
        store(scores, new Document("_id", "s-2").append("scores", List.of(20)));

        var submitted = index.scan(new Document("incubatorId", "imt").append("eventTypes", "ApplicationSubmitted"), null);
        var ofTheIncubator = index.scan(new Document("incubatorId", "imt"), null);
        // MongoDB matches [0, 10]: 10 is above 1 and 0 below 5
        var between = scores.scan(new Document("scores", new Document("$gt", 1).append("$lt", 5)), null);

        assertThat(submitted.positions().toList()).containsExactly("e-1");
        assertThat(ofTheIncubator.positions().toList()).containsExactlyInAnyOrder("e-1", "e-2");
        assertThat(between.positions().toList()).contains("s-1");
        assertThat(between.ordered()).isTrue();
        assertThat(scores.scan(new Document("scores", new Document("$gt", 1)), new Document("scores", 1)).ordered())
                .isFalse();
    }

    @Test
    void refusesTwoArraysInOneKeyOnceBuiltAsMongoDbDoes() {
        var index = index(false, new IndexKey("a", true), new IndexKey("b", true));
        index.scan(new Document("a", 1), null);

        assertThatThrownBy(() -> index.checkAdd(new Document("_id", "x").append("a", List.of(1)).append("b", List.of(2)), null))
                .isInstanceOf(CannotIndexParallelArraysError.class);
    }

    @Test
    void readsTheCollectionOnceOnItsFirstUseAndKeepsUpWithWrites() {
        var index = index(false, new IndexKey("status", true));
        store(index, new Document("_id", "a-1").append("status", "DRAFT"));
        store(index, new Document("_id", "a-2").append("status", "DRAFT"));

        assertThat(index.isEmpty()).isFalse();
        assertThat(builds).hasValue(0);
        assertThat(index.scan(new Document("status", "DRAFT"), null).positions().toList()).containsExactly("a-1", "a-2");
        var before = stored.get(0);
        var after = new Document("_id", "a-1").append("status", "SUBMITTED");
        index.updateInPlace(before, after, "a-1", null);
        assertThat(index.remove(stored.get(1))).isEqualTo("a-2");
        store(index, new Document("_id", "a-3").append("status", "DRAFT"));

        assertThat(index.scan(new Document("status", "DRAFT"), null).positions().toList()).containsExactly("a-3");
        assertThat(index.scan(new Document("status", "SUBMITTED"), null).positions().toList()).containsExactly("a-1");
        assertThat(builds).hasValue(1);
        assertThat(index.getCount()).isEqualTo(2);
    }

    @Test
    void leavesOutOfASparseIndexTheDocumentsWithoutItsKeys() {
        var index = index(true, new IndexKey("email", true));
        store(index, new Document("_id", "u-1").append("email", "a@example.org"));
        store(index, new Document("_id", "u-2"));

        index.scan(new Document("email", "a@example.org"), null);

        assertThat(index.getCount()).isEqualTo(1);
    }
}
