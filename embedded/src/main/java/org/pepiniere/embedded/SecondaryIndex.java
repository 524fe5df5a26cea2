package org.pepiniere.embedded;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A secondary (not unique) index of the embedded store, which mongo-java-server leaves out: without it, every query
 * that is not by id read and matched the whole collection, and a sorted one sorted all it matched. A sweep of a
 * queue for what is due read the whole queue, and a page of a founder's feed the whole feed of the incubator.
 * <p>
 * It answers a query that gives the index's first keys by equality and may give the next one a range
 * ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}): the documents it names are then matched against the
 * whole query, as before, so that it only has to name a superset of the answer. When it also yields the order
 * asked for, the collection reads it in that order and stops at the limit ({@link Scan#ordered()}).
 * <p>
 * It is kept in memory. The H2 backend builds it on its first use, by reading the collection once, which is what
 * each query read before: the file format does not change, a commit writes nothing more, and an index no query
 * uses costs nothing. The tests' in-memory backend builds it at once. Once built, every write of the collection
 * keeps it, under the collection's lock like the writes themselves.
 * <p>
 * An entry is the document's values of the index's keys, in the index's directions, then its {@code _id}; it
 * maps to the document's position in the collection. A document whose value of a key is an array has an entry for
 * each element, as in MongoDB, and makes the index multikey: a range is then bounded on one side only and a
 * sorted read sorts again, since MongoDB matches and sorts an array by any of its elements.
 */
final class SecondaryIndex<P> extends Index<P> {

    /** Sorts before any value: the open end of a range, or every entry of a key, whatever its {@code _id}. */
    private static final Object LOWEST = new Object();
    /** Sorts after any value. */
    private static final Object HIGHEST = new Object();

    private final String idField;
    private final Supplier<Stream<DocumentWithPosition<P>>> documents;
    private final Function<Document, P> positionWhileUnbuilt;
    /** Each entry, and the position of its document in the collection. */
    private final NavigableMap<Entry, P> entries;
    private volatile boolean built;
    private volatile boolean multikey;

    /**
     * An index built on its first use, by reading every document of the collection.
     *
     * @param documents            every document of the collection, with its position
     * @param positionWhileUnbuilt where a document is, for a removal before any query built the index
     */
    static <P> SecondaryIndex<P> builtOnFirstUse(String name, List<IndexKey> keys, boolean sparse, String idField,
            Supplier<Stream<DocumentWithPosition<P>>> documents, Function<Document, P> positionWhileUnbuilt) {
        return new SecondaryIndex<>(name, keys, sparse, idField, documents, positionWhileUnbuilt);
    }

    /** An index built at once, by the collection that adds it: its positions are then all known. */
    static <P> SecondaryIndex<P> builtAtOnce(String name, List<IndexKey> keys, boolean sparse, String idField) {
        return new SecondaryIndex<>(name, keys, sparse, idField, null, null);
    }

    private SecondaryIndex(String name, List<IndexKey> keys, boolean sparse, String idField,
            Supplier<Stream<DocumentWithPosition<P>>> documents, Function<Document, P> positionWhileUnbuilt) {
        super(name, keys, sparse);
        this.idField = idField;
        this.documents = documents;
        this.positionWhileUnbuilt = positionWhileUnbuilt;
        this.entries = new ConcurrentSkipListMap<>(new EntryOrder(keys));
        this.built = documents == null;
    }

    /**
     * The answer to {@code query} through the most selective of {@code indexes} that can give it, or {@code null}
     * when none can. The caller holds the collection's lock.
     *
     * @param read  the document at a position
     * @param match matches the whole query on the documents read, sorting them unless told they come in order
     */
    static <P> QueryResult query(List<Index<P>> indexes, Document query, Document orderBy, Function<P, Document> read,
            BiFunction<Stream<Document>, Boolean, QueryResult> match) {
        Scan<P> best = null;
        for (Index<P> index : indexes) {
            if (index instanceof SecondaryIndex<P> secondary) {
                Scan<P> scan = secondary.scan(query, orderBy);
                if (scan != null && (best == null || scan.selectivity() > best.selectivity())) {
                    best = scan;
                }
            }
        }
        if (best == null) {
            return null;
        }
        // what the collection sorts comes in its own order, as from a full read: the sort keeps the order of the
        // documents it cannot tell apart, and mongo-java-server's cannot always tell arrays apart consistently
        Stream<P> positions = best.ordered() ? best.positions() : best.positions().sorted(ValueComparator.asc());
        return match.apply(positions.map(read).filter(Objects::nonNull), best.ordered());
    }

    /**
     * How the index would answer {@code query} sorted by {@code orderBy}, or {@code null} when it cannot. The
     * caller holds the collection's lock, which the first scan needs to build the index.
     */
    Scan<P> scan(Document query, Document orderBy) {
        List<IndexKey> keys = getKeys();
        Object[] equal = new Object[keys.size()];
        int equalities = 0;
        Document range = null;
        for (IndexKey key : keys) {
            Object condition = query.get(key.getKey());
            Object value = equalityValue(condition);
            if (value != null) {
                equal[equalities++] = value;
                continue;
            }
            if (isRange(condition)) {
                range = (Document) condition;
            }
            break;
        }
        if (equalities == 0 && range == null) {
            return null;
        }
        buildIfNeeded();
        return new Scan<>(this, equal, equalities, range, orderedBy(orderBy, equalities));
    }

    /** What {@code scan} stands for: which entries to read, and whether they come in the order asked for. */
    record Scan<P>(SecondaryIndex<P> index, Object[] equal, int equalities, Document range, Boolean direction) {

        /** The more keys are given, the fewer documents read. */
        int selectivity() {
            return equalities * 4 + (range == null ? 0 : 2) + (ordered() ? 1 : 0);
        }

        /** Whether the positions come sorted as asked, so that the first {@code limit} matching are the answer. */
        boolean ordered() {
            return direction != null;
        }

        /** The positions of the documents that may match, each once. */
        Stream<P> positions() {
            NavigableMap<Entry, P> read = index.entries.subMap(bound(true), true, bound(false), true);
            if (Boolean.FALSE.equals(direction)) {
                read = read.descendingMap();
            }
            Stream<P> positions = read.values().stream();
            return index.multikey ? positions.distinct() : positions;
        }

        /** The first ({@code lower}) or last entry to read, in the index's own order. */
        private Entry bound(boolean lower) {
            int size = index.getKeys().size();
            Object[] values = new Object[size];
            System.arraycopy(equal, 0, values, 0, equalities);
            Object rest = lower ? LOWEST : HIGHEST;
            int next = equalities;
            if (range != null) {
                boolean ascending = index.getKeys().get(next).isAscending();
                // in a descending key, the lowest entry holds the highest value
                boolean fromLowValues = lower == ascending;
                String inclusive = fromLowValues ? "$gte" : "$lte";
                String exclusive = fromLowValues ? "$gt" : "$lt";
                // an array matches a range by any of its elements, each side by another one: keep one side only
                boolean bounded = !index.multikey || fromLowValues == hasLowerBound(range);
                if (bounded && range.containsKey(inclusive)) {
                    values[next++] = range.get(inclusive);
                } else if (bounded && range.containsKey(exclusive)) {
                    values[next++] = range.get(exclusive);
                    // past every entry of that value, or before all of them
                    rest = lower ? HIGHEST : LOWEST;
                }
            }
            for (int i = next; i < size; i++) {
                values[i] = rest;
            }
            return new Entry(values, rest);
        }

        private static boolean hasLowerBound(Document range) {
            return range.containsKey("$gt") || range.containsKey("$gte");
        }
    }

    /**
     * {@code TRUE} when reading forward sorts as {@code orderBy} asks, {@code FALSE} when reading backward does,
     * {@code null} when neither does. The keys given by equality are the same in every entry read, so they may
     * stand anywhere in the sort or be left out of it.
     */
    private Boolean orderedBy(Document orderBy, int equalities) {
        if (orderBy == null || orderBy.isEmpty()) {
            return Boolean.TRUE;
        }
        if (multikey) {
            return null;
        }
        List<IndexKey> keys = getKeys();
        Boolean forward = null;
        int next = equalities;
        for (var sort : orderBy.entrySet()) {
            if (!(sort.getValue() instanceof Number direction)) {
                return null;
            }
            if (isGivenByEquality(sort.getKey(), equalities)) {
                continue;
            }
            if (next == keys.size() || !keys.get(next).getKey().equals(sort.getKey())) {
                return null;
            }
            boolean same = (direction.doubleValue() > 0) == keys.get(next).isAscending();
            if (forward != null && forward != same) {
                return null;
            }
            forward = same;
            next++;
        }
        return forward == null ? Boolean.TRUE : forward;
    }

    private boolean isGivenByEquality(String field, int equalities) {
        for (int i = 0; i < equalities; i++) {
            if (getKeys().get(i).getKey().equals(field)) {
                return true;
            }
        }
        return false;
    }

    /** The value an equality condition gives, or {@code null} if it is not one. */
    private static Object equalityValue(Object condition) {
        if (condition instanceof Document operators) {
            if (operators.size() != 1 || !operators.containsKey("$eq")) {
                return null;
            }
            condition = operators.get("$eq");
        }
        return isPlainValue(condition) ? condition : null;
    }

    /** A value that only a document holding it (or an array holding it) matches by equality. */
    private static boolean isPlainValue(Object value) {
        return value != null && !(value instanceof Missing) && !(value instanceof Document)
                && !(value instanceof Collection) && !BsonRegularExpression.isRegularExpression(value)
                && !(value instanceof java.util.regex.Pattern);
    }

    private static boolean isRange(Object condition) {
        if (!(condition instanceof Document operators) || operators.isEmpty()) {
            return false;
        }
        for (var operator : operators.entrySet()) {
            if (!Set.of("$gt", "$gte", "$lt", "$lte").contains(operator.getKey()) || !isPlainValue(operator.getValue())) {
                return false;
            }
        }
        return true;
    }

    private synchronized void buildIfNeeded() {
        if (built) {
            return;
        }
        try (Stream<DocumentWithPosition<P>> all = documents.get()) {
            all.forEach(document -> addEntries(document.getDocument(), document.getPosition()));
        }
        built = true;
    }

    private void addEntries(Document document, P position) {
        Object id = document.get(idField);
        for (Object[] values : valuesOf(document)) {
            entries.put(new Entry(values, id), position);
        }
    }

    /** The document's position, or {@code null} if it had no entry (in a sparse index). */
    private P removeEntries(Document document) {
        Object id = document.get(idField);
        P position = null;
        for (Object[] values : valuesOf(document)) {
            P removed = entries.remove(new Entry(values, id));
            position = removed != null ? removed : position;
        }
        return position;
    }

    /** The values of the index's keys in {@code document}: one array, or one per element of an array value. */
    private List<Object[]> valuesOf(Document document) {
        List<IndexKey> keys = getKeys();
        Object[] values = new Object[keys.size()];
        boolean array = false;
        boolean present = false;
        for (int i = 0; i < values.length; i++) {
            Object value = Utils.getSubdocumentValueCollectionAware(document, keys.get(i).getKey());
            present |= !(value instanceof Missing);
            array |= value instanceof Collection;
            values[i] = value;
        }
        if (isSparse() && !present) {
            return List.of();
        }
        if (!array) {
            return List.<Object[]>of(values);
        }
        multikey = true;
        // mongo-java-server's own expansion of arrays, which also refuses two arrays in one key as MongoDB does
        Set<KeyValue> expanded = getKeyValues(document);
        List<Object[]> each = new ArrayList<>(expanded.size());
        for (KeyValue keyValue : expanded) {
            each.add(keyValue.stream().toArray());
        }
        if (each.isEmpty()) {
            // an empty array: MongoDB indexes the document under undefined; here under null, which no range reaches
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Collection<?> empty && empty.isEmpty()) {
                    values[i] = null;
                }
            }
            each.add(values);
        }
        return each;
    }

    @Override
    public P getPosition(Document document) {
        // the id index gives it
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        if (built) {
            // throws for two arrays in the keys, before the document is stored
            valuesOf(document);
        }
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        if (built) {
            addEntries(document, position);
        }
    }

    @Override
    public P remove(Document document) {
        return built ? removeEntries(document) : positionWhileUnbuilt.apply(document);
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        checkAdd(newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        if (built && !sameValues(oldDocument, newDocument)) {
            removeEntries(oldDocument);
            addEntries(newDocument, position);
        }
    }

    private boolean sameValues(Document oldDocument, Document newDocument) {
        for (IndexKey key : getKeys()) {
            if (!Objects.equals(Utils.getSubdocumentValueCollectionAware(oldDocument, key.getKey()),
                    Utils.getSubdocumentValueCollectionAware(newDocument, key.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean canHandle(Document query) {
        // the collection asks scan(), which may sort and stop early; this is for any other caller
        return false;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        Scan<P> scan = scan(query, null);
        return scan == null ? List.of() : scan.positions().toList();
    }

    /**
     * Not empty until built, so that opening the collection does not read it all to build what no query may use;
     * an index built at once is empty at first, so that the collection adds every document it has.
     */
    @Override
    public boolean isEmpty() {
        return built && entries.isEmpty();
    }

    @Override
    public long getCount() {
        return built ? entries.size() : 0;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void drop() {
        entries.clear();
    }

    /** One document's entry (its position aside), or a bound of a read when {@code id} is {@link #LOWEST} or {@link #HIGHEST}. */
    record Entry(Object[] values, Object id) {
    }

    /** The index's order: each key's value in its direction, then the {@code _id}, and the bounds at the ends. */
    private static final class EntryOrder implements Comparator<Entry> {

        private final Comparator<Object>[] byKey;

        @SuppressWarnings("unchecked")
        EntryOrder(List<IndexKey> keys) {
            byKey = new Comparator[keys.size()];
            for (int i = 0; i < byKey.length; i++) {
                byKey[i] = keys.get(i).isAscending() ? ValueComparator.asc() : ValueComparator.desc();
            }
        }

        @Override
        public int compare(Entry a, Entry b) {
            for (int i = 0; i < byKey.length; i++) {
                int order = compare(a.values[i], b.values[i], byKey[i]);
                if (order != 0) {
                    return order;
                }
            }
            return compare(a.id, b.id, ValueComparator.asc());
        }

        private static int compare(Object a, Object b, Comparator<Object> values) {
            if (a == b) {
                return 0;
            }
            if (a == LOWEST || b == HIGHEST) {
                return -1;
            }
            if (a == HIGHEST || b == LOWEST) {
                return 1;
            }
            return values.compare(a, b);
        }
    }
}
