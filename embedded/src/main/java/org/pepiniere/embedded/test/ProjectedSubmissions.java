package org.pepiniere.embedded.test;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.bson.Document;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Mono;

/**
 * Counts the MongoDB commands a projection of submitted applications sends per submission, as
 * {@link MongoCommands} sees them: one submission first, alone, so that what a first event costs is not
 * counted, then {@code submissions} of them. Each is awaited in the projection's collection through a client
 * of its own, which the count leaves out.
 */
public final class ProjectedSubmissions {

    private static final Duration QUIET = Duration.ofMillis(500);

    private ProjectedSubmissions() {
    }

    /**
     * @param submit publishes the submission of the application with this id, as the applications service would;
     *               the projection records it in {@code collection} under that id
     */
    public static MongoCommands.Counts count(SharedInfrastructure infrastructure, String database, String collection,
            int submissions, Consumer<String> submit) {
        try (var watching = MongoClients.create(infrastructure.mongoConnectionString())) {
            var recorded = watching.getDatabase(database).getCollection(collection);
            submitAndAwait(recorded, 1, submit);
            MongoCommands.awaitQuiet(QUIET);
            int mark = MongoCommands.mark();
            submitAndAwait(recorded, submissions, submit);
            MongoCommands.awaitQuiet(QUIET);
            return MongoCommands.since(mark, submissions);
        }
    }

    private static void submitAndAwait(MongoCollection<Document> recorded, int count, Consumer<String> submit) {
        List<String> ids = IntStream.range(0, count).mapToObj(i -> UUID.randomUUID().toString()).toList();
        ids.forEach(submit);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Mono.from(recorded.countDocuments(Filters.in("_id", ids))).block() == count);
    }
}
