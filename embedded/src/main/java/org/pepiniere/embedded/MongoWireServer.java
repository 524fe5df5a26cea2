package org.pepiniere.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * A MongoDB wire-protocol server in this JVM, reached through the real MongoDB drivers. No sessions,
 * no transactions, no change streams: single-document writes only.
 */
public final class MongoWireServer implements AutoCloseable {

    private final MongoServer server;
    private final int port;
    private final MVStore store;

    private MongoWireServer(MongoServer server, int port, MVStore store) {
        this.server = server;
        this.port = port;
        this.store = store;
    }

    /**
     * The page cache of the H2 store, in MB. H2's default of 16 MB holds a few thousand documents: past
     * that, every query that reads a whole collection (the embedded server ignores secondary indexes)
     * reads and decodes its pages again. {@code -Dpepiniere.mongo.cache-mb} overrides it.
     */
    static final int DEFAULT_CACHE_MB = 128;

    /**
     * The size, in KB, past which an H2 page is split. Each commit writes again every page a write changed,
     * whole: with H2's default of 16 KB, a change to one document re-serialized the dozen or so around it,
     * and a commit per acknowledged write made that most of the server's work. Smaller pages cost a deeper
     * tree, whose inner pages are small. {@code -Dpepiniere.mongo.page-split-kb} overrides it.
     */
    static final int DEFAULT_PAGE_SPLIT_KB = 4;

    /**
     * The share of live data, in percent, under which H2 rewrites a file's chunks to compact it. A commit per
     * acknowledged write makes a chunk per write, which soon falls under H2's default of 90 %: with a long
     * history stored, rewriting the old pages still live in those chunks (read, deserialized, serialized again)
     * took more of the server's CPU than the writes themselves. At 50 % the file may grow to twice its live
     * data. {@code -Dpepiniere.mongo.compact-fill-percent} overrides it.
     */
    static final int DEFAULT_COMPACT_FILL_PERCENT = 50;

    /**
     * Keeps its data in an H2 file under {@code dataDir}: the data survives a restart, and every acknowledged
     * write survives the process being killed.
     * <p>
     * Documents are written as BSON ({@link BsonDocumentType}): a file written by an earlier version, or by
     * mongo-java-server's own H2 backend, is read and updated, but a file written now is not readable by an
     * earlier version, which would fail on the documents written since.
     */
    public static MongoWireServer persistent(Path dataDir, int port) {
        return persistent(dataDir, port, true);
    }

    /** With {@code commitEachWrite} false, H2 writes about once a second: the baseline of the durability benchmark. */
    static MongoWireServer persistent(Path dataDir, int port, boolean commitEachWrite) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = dataDir.resolve("pepiniere.mv").toAbsolutePath();
        MVStore store;
        try {
            store = new MVStore.Builder()
                    .fileName(file.toString())
                    .cacheSize(Integer.getInteger("pepiniere.mongo.cache-mb", DEFAULT_CACHE_MB))
                    .pageSplitSize(Integer.getInteger("pepiniere.mongo.page-split-kb", DEFAULT_PAGE_SPLIT_KB) * 1024)
                    .autoCompactFillRate(Integer.getInteger("pepiniere.mongo.compact-fill-percent", DEFAULT_COMPACT_FILL_PERCENT))
                    .open();
        } catch (MVStoreException e) {
            throw new UnreadableStoreException(file, e);
        }
        return start(new IdFirstH2Backend(store, commitEachWrite), port, store);
    }

    /** Keeps its data in memory only, for tests. */
    public static MongoWireServer inMemory(int port) {
        return start(new IdFirstMemoryBackend(), port, null);
    }

    private static MongoWireServer start(MongoBackend backend, int port, MVStore store) {
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw e;
        }
        return new MongoWireServer(server, server.getLocalAddress().getPort(), store);
    }

    /** Like {@code mongodb://127.0.0.1:27017}, without a database: each service names its own. */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** The H2 store, or {@code null} in memory: for the tests that tune it. */
    MVStore store() {
        return store;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
