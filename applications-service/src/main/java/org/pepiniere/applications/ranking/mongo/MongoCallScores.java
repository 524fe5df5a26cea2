package org.pepiniere.applications.ranking.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;
import org.pepiniere.applications.ranking.CallScores;
import org.pepiniere.applications.ranking.JurorScore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Flux;

/**
 * Reads the scoring's documents, one per application and juror:
 * {@code {_id: "<applicationId>:<jurorId>", incubatorId, callId, applicationId, jurorId, marks: {<criterionId>: int},
 * comment, scoredAt, revision}}. The scoring is their only writer; the ranking reads them field by field and skips a
 * mark that is not a whole number rather than failing the whole call.
 */
public class MongoCallScores implements CallScores {

    public static final String COLLECTION = "applications.scores";

    private final ReactiveMongoTemplate mongo;

    public MongoCallScores(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Flux<JurorScore> ofCall(String incubatorId, String callId, int limit) {
        var query = Query.query(where("incubatorId").is(incubatorId).and("callId").is(callId))
                .with(Sort.by("_id")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION)
                .filter(stored -> stored.get("applicationId") instanceof String && stored.get("jurorId") instanceof String)
                .map(MongoCallScores::score);
    }

    private static JurorScore score(Document stored) {
        var marks = new HashMap<String, Integer>();
        if (stored.get("marks") instanceof Map<?, ?> storedMarks) {
            storedMarks.forEach((criterion, mark) -> {
                if (mark instanceof Integer || mark instanceof Long) {
                    marks.put(String.valueOf(criterion), ((Number) mark).intValue());
                }
            });
        }
        var comment = stored.get("comment") instanceof String text ? text : "";
        var scoredAt = stored.get("scoredAt") instanceof Date date ? date.toInstant() : null;
        return new JurorScore(stored.getString("applicationId"), stored.getString("jurorId"), marks, comment, scoredAt);
    }
}
