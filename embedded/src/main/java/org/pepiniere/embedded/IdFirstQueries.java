package org.pepiniere.embedded;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Lets a query that names one {@code _id} use the id index even when it has other conditions.
 * <p>
 * mongo-java-server uses a unique index only for a query whose keys are exactly the index's keys,
 * so {@code {_id: x, incubatorId: y}} or {@code {_id: x, status: "DRAFT"}}, the shape of every tenant
 * scoped read and every conditional single-document write here, read the whole collection: with
 * 50,000 applications stored such a read took 29 ms instead of 1 ms, and grew with the history. A
 * real MongoDB answers them from the {@code _id} index. Looking the id up first and matching the
 * whole query on that one document gives the same answer, since no other document can match.
 */
final class IdFirstQueries {

    interface Matcher<P> {
        QueryResult match(Document query, Iterable<P> positions);
    }

    private IdFirstQueries() {
    }

    /**
     * The answer to {@code query} as both backends give it: through the id index when the query names one id, else
     * through the most selective secondary index that can give it ({@link SecondaryIndex}), else by reading the
     * whole collection. The collection's own protected reads come as functions.
     *
     * @param collection the collection, whose lock its writes hold: they keep its secondary indexes
     * @param read       the document at a position
     * @param matchAt    the query matched on the documents at these positions, sorted as asked
     * @param matchRead  the query matched on these documents, sorted as asked unless they already are
     * @param readAll    the answer from reading every document
     */
    static <P> QueryResult answer(Document query, String idField, List<Index<P>> indexes, Document orderBy,
            Object collection, Function<P, Document> read, Function<Iterable<P>, QueryResult> matchAt,
            BiFunction<Stream<Document>, Boolean, QueryResult> matchRead, Supplier<QueryResult> readAll) {
        QueryResult byId = byId(query, idField, indexes, (whole, positions) -> matchAt.apply(positions));
        if (byId != null) {
            return byId;
        }
        synchronized (collection) {
            QueryResult indexed = SecondaryIndex.query(indexes, query, orderBy, read, matchRead);
            return indexed != null ? indexed : readAll.get();
        }
    }

    /** The result through the id index, or {@code null} when the query does not name one plain id. */
    static <P> QueryResult byId(Document query, String idField, List<Index<P>> indexes, Matcher<P> matcher) {
        Object id = query.get(idField);
        if (query.size() < 2 || id == null || id instanceof Document) {
            return null;
        }
        var byId = new Document(idField, id);
        for (Index<P> index : indexes) {
            if (index.canHandle(byId)) {
                return matcher.match(query, index.getPositions(byId));
            }
        }
        return null;
    }
}
