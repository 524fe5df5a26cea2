package org.pepiniere.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * What writing a page of documents and reading it back costs per document, as BSON and as H2's ObjectDataType
 * Java-serializes them, in turns in this process: printed side by side (the best of several rounds each) with
 * their ratio and sizes, not asserted, as machines here are noisy. What is asserted is that both give the
 * documents back and that BSON takes fewer bytes.
 */
class DocumentTypeCostTest {

    private static final int PAGE = 1_000;
    private static final int ROUNDS = 20;

    @Test
    void printsWhatWritingAndReadingADocumentCostsAsBsonAndJavaSerialized() {
        var shapes = List.of(
                new Shape("benchmark application (7 fields, 780-character summary)",
                        page(i -> new Document(StoreLoad.document("applications", i)))),
                new Shape("small document (3 fields)",
                        page(i -> new Document("_id", "a-" + i).append("incubatorId", "imt").append("status", "SUBMITTED"))),
                new Shape("aggregate with an outbox (nested documents, lists, dates)", page(DocumentTypeCostTest::aggregate)));
        // every shape in each round, so that the compiler has seen them all before the best rounds
        for (int round = 0; round < ROUNDS; round++) {
            for (Shape shape : shapes) {
                shape.bson.round(shape.page);
                shape.java.round(shape.page);
            }
        }
        for (Shape shape : shapes) {
            assertThat(shape.bson.bytes).isLessThan(shape.java.bytes);
            System.out.printf("%s: write %.2f µs and read %.2f µs a document as BSON (%,d bytes), write %.2f µs and read"
                    + " %.2f µs Java-serialized (%,d bytes); write+read ratio %.2f%n", shape.name, shape.bson.writeMicros,
                    shape.bson.readMicros, shape.bson.bytes / PAGE, shape.java.writeMicros, shape.java.readMicros,
                    shape.java.bytes / PAGE, (shape.bson.writeMicros + shape.bson.readMicros)
                            / (shape.java.writeMicros + shape.java.readMicros));
        }
    }

    private record Shape(String name, List<Document> page, Cost bson, Cost java) {

        Shape(String name, List<Document> page) {
            this(name, page, new Cost(new BsonDocumentType()), new Cost(new ObjectDataType()));
        }
    }

    private static List<Document> page(IntFunction<Document> documents) {
        List<Document> page = new ArrayList<>();
        for (int i = 0; i < PAGE; i++) {
            page.add(documents.apply(i));
        }
        return page;
    }

    /** The best write and read times per document over the rounds, and the bytes of a page. */
    private static final class Cost {

        private final DataType<? super Document> type;
        double writeMicros = Double.MAX_VALUE;
        double readMicros = Double.MAX_VALUE;
        int bytes;

        Cost(DataType<? super Document> type) {
            this.type = type;
        }

        void round(List<Document> page) {
            var buffer = new WriteBuffer(PAGE * 2_000);
            long start = System.nanoTime();
            for (Document document : page) {
                type.write(buffer, document);
            }
            long written = System.nanoTime();
            ByteBuffer bytesRead = buffer.getBuffer().flip();
            bytes = bytesRead.remaining();
            var read = new ArrayList<Object>(PAGE);
            for (int i = 0; i < PAGE; i++) {
                read.add(type.read(bytesRead));
            }
            long end = System.nanoTime();
            assertThat(read).isEqualTo(page);
            writeMicros = Math.min(writeMicros, (written - start) / 1e3 / PAGE);
            readMicros = Math.min(readMicros, (end - written) / 1e3 / PAGE);
        }
    }

    private static Document aggregate(int i) {
        var events = new ArrayList<Document>();
        for (int e = 0; e < 2; e++) {
            events.add(new Document("eventId", "e-" + i + "-" + e).append("type", "ApplicationSubmitted")
                    .append("occurredAt", Instant.ofEpochMilli(1_700_000_000_000L + i))
                    .append("payload", new Document("applicationId", "a-" + i).append("founderId", "f-" + i % 50)));
        }
        return new Document("_id", new ObjectId()).append("version", (long) i)
                .append("founder", new Document("name", "Élodie " + i).append("email", "e" + i + "@example.org")
                        .append("tags", List.of("agro", "bio", i)))
                .append("status", "SUBMITTED").append("submittedAt", Instant.ofEpochMilli(1_700_000_000_000L + i))
                .append("outbox", events);
    }
}
