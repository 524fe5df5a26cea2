package org.pepiniere.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoSocketException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import de.bwaldvogel.mongo.MongoServer;

/**
 * Through the real driver, on a server with one thread for all its connections: the answer to a write waits
 * for its commit while that thread answers other connections, and a write whose commit failed is not
 * acknowledged.
 */
class HeldAnswersTest {

    @TempDir
    Path dataDir;

    private final Semaphore mayCommit = new Semaphore(0);
    private final AtomicBoolean failCommits = new AtomicBoolean();
    private final ExecutorService writers = Executors.newCachedThreadPool();
    private MVStore store;
    private MongoServer server;

    @BeforeEach
    void start() {
        // H2 writes on its own once a second unless told not to: only the commits of this test write here
        store = new MVStore.Builder().fileName(dataDir.resolve("pepiniere.mv").toString()).autoCommitDisabled().open();
        GroupCommits commits = new GroupCommits(() -> {
            mayCommit.acquireUninterruptibly();
            if (failCommits.get()) {
                throw new IllegalStateException("disk full");
            }
            store.commit();
        }, "test-commit");
        server = new MongoServer(new IdFirstH2Backend(store, commits));
        server.bind(new InetSocketAddress("127.0.0.1", 0), 1, 1);
    }

    @AfterEach
    void stop() {
        failCommits.set(false);
        mayCommit.release(1_000);
        server.shutdownNow();
        writers.shutdownNow();
    }

    @Test
    void answersAWriteOnceCommittedAndOtherConnectionsMeanwhile() throws Exception {
        try (MongoClient writer = client(); MongoClient reader = client()) {
            startups(reader).find().first();
            CompletableFuture<Void> insert = CompletableFuture.runAsync(
                    () -> startups(writer).insertOne(new Document("_id", "s-1").append("name", "Chimie Verte")), writers);

            // the server's only thread applied the write, then answered a read on another connection
            Document read = null;
            for (int i = 0; i < 500 && read == null; i++) {
                read = startups(reader).find(new Document("_id", "s-1")).first();
                Thread.sleep(10);
            }
            assertThat(read).isNotNull();
            assertThat(insert).isNotDone();
            assertThat(store.hasUnsavedChanges()).isTrue();

            mayCommit.release();
            insert.get(10, TimeUnit.SECONDS);
            assertThat(store.hasUnsavedChanges()).isFalse();
        }
    }

    @Test
    void doesNotAcknowledgeAWriteWhoseCommitFailed() {
        failCommits.set(true);
        mayCommit.release();
        try (MongoClient writer = client()) {
            assertThatThrownBy(() -> startups(writer).insertOne(new Document("_id", "s-2")))
                    .isInstanceOf(MongoSocketException.class);
        }
    }

    private MongoClient client() {
        return MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/?retryWrites=false");
    }

    private static MongoCollection<Document> startups(MongoClient client) {
        return client.getDatabase("pepiniere-test").getCollection("startups");
    }
}
