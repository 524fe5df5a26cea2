package org.pepiniere.applications.ranking.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.bson.Document;
import org.pepiniere.applications.ranking.Candidate;
import org.pepiniere.applications.ranking.Candidates;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Flux;

/**
 * Reads the founders' stored applications, only the two fields the ranking names, so that a field they add later
 * changes nothing here. Withdrawn applications and drafts are not ranked.
 */
public class MongoCandidates implements Candidates {

    private static final String APPLICATIONS = "applications";
    private static final String SUBMITTED = "SUBMITTED";

    private final ReactiveMongoTemplate mongo;

    public MongoCandidates(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Flux<Candidate> submittedTo(String incubatorId, String callId, int limit) {
        var query = Query.query(where("incubatorId").is(incubatorId).and("callId").is(callId).and("status").is(SUBMITTED))
                .with(Sort.by(Sort.Direction.ASC, "submittedAt").and(Sort.by("_id"))).limit(limit);
        query.fields().include("startupName");
        return mongo.find(query, Document.class, APPLICATIONS)
                .map(stored -> new Candidate(String.valueOf(stored.get("_id")),
                        stored.get("startupName") == null ? "" : String.valueOf(stored.get("startupName"))));
    }
}
