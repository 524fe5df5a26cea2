package org.pepiniere.embedded;

import java.net.InetSocketAddress;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * mongo-java-server's own H2 backend, on the file and with the page cache {@link MongoWireServer#persistent}
 * uses: what wrote the data directories of earlier versions, and the baseline of the costs printed.
 */
record PlainH2Server(MongoServer server) implements AutoCloseable {

    static PlainH2Server open(Path dataDir) {
        MVStore store = new MVStore.Builder().fileName(dataDir.resolve("pepiniere.mv").toString())
                .cacheSize(MongoWireServer.DEFAULT_CACHE_MB).open();
        var server = new MongoServer(new H2Backend(store));
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        return new PlainH2Server(server);
    }

    String connectionString() {
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
