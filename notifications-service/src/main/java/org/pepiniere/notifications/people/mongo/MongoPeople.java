package org.pepiniere.notifications.people.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.pepiniere.notifications.people.People;
import org.pepiniere.notifications.people.Person;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Mono;

public class MongoPeople implements People {

    private final ReactiveMongoTemplate mongo;

    public MongoPeople(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Void> save(Person person) {
        return mongo.save(PersonDocument.of(person)).then();
    }

    @Override
    public Mono<Person> find(String incubatorId, String personId) {
        var query = Query.query(where("_id").is(personId).and("incubatorId").is(incubatorId));
        return mongo.findOne(query, PersonDocument.class).map(PersonDocument::toPerson);
    }
}
