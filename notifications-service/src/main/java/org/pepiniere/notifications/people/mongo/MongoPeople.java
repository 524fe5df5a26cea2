package org.pepiniere.notifications.people.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pepiniere.notifications.people.People;
import org.pepiniere.notifications.people.Person;
import org.pepiniere.platform.batching.Coalescing;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Mono;

/** The people projection; the people looked up at the same time (the emails of a burst) are read by one command. */
public class MongoPeople implements People {

    private static final int BATCH = 200;

    private final ReactiveMongoTemplate mongo;
    private final Coalescing<Wanted, Person> lookups = new Coalescing<>(this::findAll, BATCH);

    private record Wanted(String incubatorId, String personId) {
    }

    public MongoPeople(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Void> save(Person person) {
        return mongo.save(PersonDocument.of(person)).then();
    }

    @Override
    public Mono<Person> find(String incubatorId, String personId) {
        return lookups.submit(new Wanted(incubatorId, personId));
    }

    /** By id alone, the one key the embedded store looks up without a scan; the incubator is checked on what comes back. */
    private Mono<Coalescing.Answers<Wanted, Person>> findAll(List<Wanted> wanted) {
        var ids = wanted.stream().map(Wanted::personId).distinct().toList();
        return mongo.find(Query.query(where("_id").in(ids)), PersonDocument.class)
                .collect(() -> (Map<String, PersonDocument>) new HashMap<String, PersonDocument>(), (found, person) -> found.put(person.id(), person))
                .map(found -> each -> {
                    var person = found.get(each.personId());
                    return person != null && person.incubatorId().equals(each.incubatorId()) ? person.toPerson() : null;
                });
    }
}
