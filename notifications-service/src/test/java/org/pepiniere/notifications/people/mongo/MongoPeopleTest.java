package org.pepiniere.notifications.people.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.SharedInfrastructure;
import org.pepiniere.notifications.people.Language;
import org.pepiniere.notifications.people.Person;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@EmbeddedInfrastructure
class MongoPeopleTest {

    private static MongoClient client;
    private static ReactiveMongoTemplate mongo;

    private final MongoPeople people = new MongoPeople(mongo);

    @BeforeAll
    static void connect(SharedInfrastructure infrastructure) {
        client = MongoClients.create(infrastructure.mongoConnectionString());
        mongo = new ReactiveMongoTemplate(client, "notifications-people-" + UUID.randomUUID());
    }

    @AfterAll
    static void disconnect() {
        mongo.getMongoDatabase().flatMap(database -> Mono.from(database.drop())).block();
        client.close();
    }

    @Test
    void findsEachPersonOfABurstOnlyInTheirOwnIncubator() {
        var founders = IntStream.range(0, 12).mapToObj(i -> founder("incubator-" + (i % 3))).toList();
        Flux.fromIterable(founders).concatMap(people::save).blockLast();

        // looked up side by side, each under its own incubator and under the next one
        var found = Flux.fromIterable(founders).flatMapSequential(founder -> Mono.zip(
                found(founder.incubatorId(), founder.id()), found(otherIncubatorThan(founder), founder.id()))).collectList().block();

        assertThat(found).extracting(pair -> pair.getT1().map(Person::id).orElse(null))
                .containsExactlyElementsOf(founders.stream().map(Person::id).toList());
        assertThat(found).allMatch(pair -> pair.getT2().isEmpty());
    }

    private Mono<Optional<Person>> found(String incubatorId, String personId) {
        return people.find(incubatorId, personId).map(Optional::of).defaultIfEmpty(Optional.empty());
    }

    private static String otherIncubatorThan(Person person) {
        return person.incubatorId() + "-other";
    }

    private static Person founder(String incubatorId) {
        var id = UUID.randomUUID().toString();
        return new Person(id, incubatorId, id + "@example.org", "Founder " + id, Language.FR, Set.of(Role.FOUNDER), null,
                Instant.parse("2026-11-30T10:00:00Z"));
    }
}
