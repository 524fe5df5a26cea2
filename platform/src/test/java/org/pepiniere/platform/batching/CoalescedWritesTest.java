package org.pepiniere.platform.batching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.platform.PlatformTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;

@EmbeddedInfrastructure
@SpringBootTest(classes = PlatformTestApplication.class)
class CoalescedWritesTest {

    @Document("coalesced_writes_test")
    record Task(@Id String id, String lease, String state) {
    }

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void answersEachInsertOfABurstAndRefusesOnlyTheIdsAlreadyStored() {
        var writes = new CoalescedWrites(mongo, Task.class, 100);
        var tasks = IntStream.range(0, 10).mapToObj(i -> new Task(UUID.randomUUID().toString(), "lease-" + i, "new")).toList();
        mongo.insert(tasks.get(3)).then(mongo.insert(tasks.get(7))).block();

        // submitted side by side: the first goes alone, the nine others together as the next command
        var added = Flux.fromIterable(tasks).flatMapSequential(writes::insert).collectList().block();

        assertThat(added).containsExactly(true, true, true, false, true, true, true, false, true, true);
        assertThat(stored(tasks)).hasSize(10);
    }

    @Test
    void writesAConditionalUpdateOnlyWhereItsConditionHoldsAndSaysWhichWereWritten() {
        var writes = new CoalescedWrites(mongo, Task.class, 100);
        var tasks = IntStream.range(0, 10).mapToObj(i -> new Task(UUID.randomUUID().toString(), "lease-" + i, "new")).toList();
        Flux.fromIterable(tasks).flatMap(mongo::insert).blockLast();
        List<String> heldBy = IntStream.range(0, 10).mapToObj(i -> i % 4 == 2 ? "stale-lease-" + i : "lease-" + i).toList();

        var written = Flux.range(0, 10).flatMapSequential(i -> writes.updateIfMatching(tasks.get(i).id(),
                Query.query(where("_id").is(tasks.get(i).id()).and("lease").is(heldBy.get(i))),
                new Update().set("state", "done").unset("lease"), "recordedBy", heldBy.get(i))).collectList().block();

        assertThat(written).containsExactly(true, true, false, true, true, true, false, true, true, true);
        assertThat(stored(tasks)).extracting(Task::state)
                .containsExactly("done", "done", "new", "done", "done", "done", "new", "done", "done", "done");
    }

    private List<Task> stored(List<Task> tasks) {
        return Flux.fromIterable(tasks).concatMap(task -> mongo.findById(task.id(), Task.class)).collectList().block();
    }
}
