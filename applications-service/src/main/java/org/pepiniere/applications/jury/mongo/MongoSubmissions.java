package org.pepiniere.applications.jury.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.LinkedHashMap;
import java.util.List;

import org.bson.Document;
import org.pepiniere.applications.jury.SubmittedApplication;
import org.pepiniere.applications.jury.Submissions;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the applications the founders' side stores, field by field, so that the jury depends on the stored shape
 * only where it reads it, and a field the founders add later changes nothing here.
 */
public class MongoSubmissions implements Submissions {

    private static final String APPLICATIONS = "applications";
    private static final String SUBMITTED = "SUBMITTED";

    private final ReactiveMongoTemplate mongo;

    public MongoSubmissions(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Flux<SubmittedApplication> ofCall(String incubatorId, String callId, int limit) {
        var query = Query.query(where("incubatorId").is(incubatorId).and("callId").is(callId).and("status").is(SUBMITTED))
                .with(Sort.by(Sort.Direction.ASC, "submittedAt")).limit(limit);
        return mongo.find(query, Document.class, APPLICATIONS).map(MongoSubmissions::application);
    }

    @Override
    public Mono<SubmittedApplication> find(String incubatorId, String applicationId) {
        var query = Query.query(where("_id").is(applicationId).and("incubatorId").is(incubatorId).and("status").is(SUBMITTED));
        return mongo.findOne(query, Document.class, APPLICATIONS).map(MongoSubmissions::application);
    }

    private static SubmittedApplication application(Document stored) {
        var answers = new LinkedHashMap<String, String>();
        var storedAnswers = stored.get("answers", Document.class);
        if (storedAnswers != null) {
            storedAnswers.forEach((key, value) -> answers.put(key, String.valueOf(value)));
        }
        var team = stored.getList("team", Document.class, List.of()).stream()
                .map(member -> new SubmittedApplication.Member(member.getString("name"), member.getString("email"),
                        member.getString("affiliation")))
                .toList();
        return new SubmittedApplication(String.valueOf(stored.get("_id")), stored.getString("callId"),
                text(stored, "startupName"), text(stored, "summary"), text(stored, "sector"), text(stored, "stage"),
                answers, team, Needs.of(stored, answers));
    }

    private static String text(Document stored, String field) {
        var value = stored.get(field);
        return value == null ? "" : String.valueOf(value);
    }
}
