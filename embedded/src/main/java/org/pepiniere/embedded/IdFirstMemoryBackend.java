package org.pepiniere.embedded;

import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The in-memory backend of the tests, answering queries as {@link IdFirstH2Backend} does, its secondary indexes
 * included: built at once here, since a document's position in memory is not its id.
 */
final class IdFirstMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    private static final class Database extends MemoryDatabase {

        Database(String name, CursorRegistry cursors) {
            super(name, cursors);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new Collection(this, collectionName, options, cursorRegistry);
        }

        @Override
        protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            return ((Collection) resolveCollection(collectionName, true)).secondaryIndex(indexName, keys, sparse);
        }
    }

    private static final class Collection extends MemoryCollection {

        Collection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
            super(database, name, options, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                Document fields) {
            return IdFirstQueries.answer(query, getIdField(), getIndexes(), orderBy, this, this::getDocument,
                    positions -> matchDocuments(query, positions, orderBy, skip, limit, batchSize, fields),
                    (read, inOrder) -> inOrder ? matchDocumentsFromStream(query, read, skip, limit, batchSize, null, fields)
                            : matchDocumentsFromStream(read, query, orderBy, skip, limit, batchSize, fields),
                    () -> super.queryDocuments(query, orderBy, skip, limit, batchSize, fields));
        }

        SecondaryIndex<Integer> secondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
            return SecondaryIndex.builtAtOnce(name, keys, sparse, getIdField());
        }
    }
}
