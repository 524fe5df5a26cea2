package org.pepiniere.applications.decks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class InspectingADeckTest {

    @Test
    void judgesTheSignatureEvenWhenItsBytesArriveApart() throws Exception {
        var inspection = new DeckInspection(100);

        StepVerifier.create(inspection.inspect(buffers("%P", "D", "F-1.7", " body")))
                .expectNextCount(4)
                .verifyComplete();

        assertThat(inspection.size()).isEqualTo(13);
        assertThat(inspection.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest("%PDF-1.7 body".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void refusesAtTheFirstBytesThatAreNotAPdfsWithoutReadingTheRest() {
        var inspection = new DeckInspection(100);

        StepVerifier.create(inspection.inspect(buffers("GIF89a", "never read")))
                .expectErrorSatisfies(error -> assertThat(((DeckRefused) error).refusal()).isEqualTo(DeckRefusal.NOT_A_PDF))
                .verify();
    }

    @Test
    void refusesTheBufferThatPassesTheLimit() {
        var inspection = new DeckInspection(10);

        StepVerifier.create(inspection.inspect(buffers("%PDF-", "12345", "6")))
                .expectNextCount(2)
                .expectErrorSatisfies(error -> assertThat(((DeckRefused) error).refusal()).isEqualTo(DeckRefusal.TOO_LARGE))
                .verify();
    }

    @Test
    void refusesAFileThatEndsBeforeTheSignatureDoes() {
        StepVerifier.create(new DeckInspection(10).inspect(buffers("%PD")))
                .expectNextCount(1)
                .expectErrorSatisfies(error -> assertThat(((DeckRefused) error).refusal()).isEqualTo(DeckRefusal.NOT_A_PDF))
                .verify();
    }

    @Test
    void refusesAnEmptyFile() {
        StepVerifier.create(new DeckInspection(10).inspect(Flux.empty()))
                .expectErrorSatisfies(error -> assertThat(((DeckRefused) error).refusal()).isEqualTo(DeckRefusal.EMPTY))
                .verify();
    }

    private static Flux<ByteBuffer> buffers(String... parts) {
        return Flux.fromArray(parts).map(part -> ByteBuffer.wrap(part.getBytes(StandardCharsets.US_ASCII)));
    }
}
