package org.pepiniere.applications.decks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepiniere.applications.decks.web.DeckFixture.MB;
import static org.pepiniere.applications.decks.web.DeckFixture.pdf;
import static org.pepiniere.applications.decks.web.DeckFixture.png;
import static org.pepiniere.applications.decks.web.DeckFixture.sha256;

import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.TestIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Uploading, replacing and downloading a pitch deck, against the real store, with a 20 MB limit judged on the bytes. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT60S")
class DecksApiTest {

    static final String INCUBATOR = "imt-mines-ales-enscm";
    static final String DRAFT = """
            {"startupName": "Chlorofil", "summary": "Bio-sourced solvents from vine waste.",
             "sector": "CHEMISTRY", "stage": "PROTOTYPE"}
            """;

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    final String founder = TestIdentity.token(UUID.randomUUID().toString(), INCUBATOR, Role.FOUNDER);
    final String staff = TestIdentity.token(UUID.randomUUID().toString(), INCUBATOR, Role.STAFF);
    String id;

    @BeforeEach
    void draftAnApplication() {
        // the downloads are read whole here, to compare their digest with the upload's
        web = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * MB)).build();
        id = draft();
    }

    @Test
    void storesADeckAndStreamsBackTheSameBytes() {
        byte[] deck = pdf(3 * MB + 17);

        upload(founder, deck, MediaType.APPLICATION_PDF, "Chlorofil – deck.pdf").expectStatus().isCreated()
                .expectHeader().valueEquals("ETag", "\"" + sha256(deck) + "\"")
                .expectBody()
                .jsonPath("$.size").isEqualTo(deck.length)
                .jsonPath("$.sha256").isEqualTo(sha256(deck))
                .jsonPath("$.filename").isEqualTo("Chlorofil – deck.pdf")
                .jsonPath("$.uploadedAt").exists();

        var download = download(founder).expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().contentLength(deck.length)
                .expectHeader().valueEquals("ETag", "\"" + sha256(deck) + "\"")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().value("Content-Disposition", disposition -> assertThat(disposition)
                        .startsWith("attachment;").contains("filename*=UTF-8''Chlorofil%20%E2%80%93%20deck.pdf"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(sha256(download)).isEqualTo(sha256(deck));
    }

    @Test
    void givesADeckWithoutANameOneOfItsApplication() {
        upload(founder, pdf(1000), MediaType.APPLICATION_PDF, null).expectStatus().isCreated();

        download(founder).expectStatus().isOk().expectHeader().value("Content-Disposition",
                disposition -> assertThat(disposition).contains("pitch-deck-" + id + ".pdf"));
    }

    @Test
    void keepsOnlyTheNewDeckWhenOneReplacesAnother() {
        upload(founder, pdf(600 * 1024), MediaType.APPLICATION_PDF, "v1.pdf").expectStatus().isCreated();
        byte[] second = pdf(300 * 1024);

        upload(founder, second, MediaType.APPLICATION_PDF, "v2.pdf").expectStatus().isOk();

        assertThat(filesOfApplication()).hasSize(1).first().extracting(file -> file.getLong("length")).isEqualTo((long) second.length);
        assertThat(sha256(downloaded(founder))).isEqualTo(sha256(second));
        assertThat(orphanChunks()).isZero();
    }

    @Test
    void keepsTheOldDeckWhenANewOneIsRefused() {
        byte[] first = pdf(100_000);
        upload(founder, first, MediaType.APPLICATION_PDF, "v1.pdf").expectStatus().isCreated();

        upload(founder, png(400_000), MediaType.APPLICATION_PDF, "v2.pdf").expectStatus().isEqualTo(415);

        assertThat(sha256(downloaded(founder))).isEqualTo(sha256(first));
    }

    @Test
    void refusesAFileThatIsNotAPdfWhateverItsDeclaredType() {
        upload(founder, png(50_000), MediaType.APPLICATION_PDF, "deck.pdf").expectStatus().isEqualTo(415)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/not-a-pdf")
                .jsonPath("$.detail").isEqualTo("Ce fichier n'est pas un PDF : exportez votre présentation en PDF puis envoyez-la de nouveau.");

        assertThat(filesOfApplication()).isEmpty();
        assertThat(orphanChunks()).isZero();
    }

    @Test
    void refusesAFileShorterThanThePdfSignature() {
        upload(founder, "%PDF".getBytes(), MediaType.APPLICATION_PDF, null).expectStatus().isEqualTo(415);

        assertThat(filesOfApplication()).isEmpty();
    }

    /** The bytes decide: a browser or an OS guessing a PDF's type wrongly does not stop the founder. */
    @Test
    void acceptsAPdfDeclaredAsAnotherType() {
        upload(founder, pdf(2000), MediaType.APPLICATION_OCTET_STREAM, null).expectStatus().isCreated();
        upload(founder, pdf(2000), MediaType.IMAGE_PNG, null).expectStatus().isOk();

        assertThat(filesOfApplication()).hasSize(1);
    }

    @Test
    void refusesAnEmptyFile() {
        upload(founder, new byte[0], MediaType.APPLICATION_PDF, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/empty-deck");

        assertThat(filesOfApplication()).isEmpty();
    }

    @Test
    void acceptsADeckOfExactlyTwentyMegabytes() {
        byte[] deck = pdf(20 * MB);

        upload(founder, deck, MediaType.APPLICATION_PDF, null).expectStatus().isCreated();

        assertThat(sha256(downloaded(staff))).isEqualTo(sha256(deck));
    }

    @Test
    void refusesADeclaredLengthOverTwentyMegabytesBeforeReadingIt() {
        upload(founder, pdf(20 * MB + 1), MediaType.APPLICATION_PDF, null).expectStatus().isEqualTo(413)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/deck-too-large")
                .jsonPath("$.maxBytes").isEqualTo(20 * MB);

        assertThat(filesOfApplication()).isEmpty();
        assertThat(orphanChunks()).isZero();
    }

    @Test
    void refusesAStreamedBodyOnceItPassesTwentyMegabytesAndKeepsNoneOfIt() {
        byte[] deck = pdf(20 * MB + 1);

        web.put().uri("/api/applications/{id}/deck", id).header("Authorization", "Bearer " + founder)
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_PDF)
                .body(BodyInserters.fromDataBuffers(chunked(deck, 64 * 1024)))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.detail")
                .isEqualTo("The pitch deck is over 20 MB; make it lighter (compressed pictures, fewer pages) and send it again.");

        assertThat(filesOfApplication()).isEmpty();
        assertThat(orphanChunks()).isZero();
    }

    @Test
    void storesAStreamedBodyWithoutALength() {
        byte[] deck = pdf(5 * MB + 3);

        web.put().uri("/api/applications/{id}/deck", id).header("Authorization", "Bearer " + founder)
                .contentType(MediaType.APPLICATION_PDF)
                .body(BodyInserters.fromDataBuffers(chunked(deck, 10_000)))
                .exchange()
                .expectStatus().isCreated();

        assertThat(sha256(downloaded(founder))).isEqualTo(sha256(deck));
    }

    @Test
    void refusesAnUploadOnceTheApplicationIsSubmittedAndKeepsItsDeck() {
        byte[] deck = pdf(10_000);
        upload(founder, deck, MediaType.APPLICATION_PDF, null).expectStatus().isCreated();
        web.post().uri("/api/applications/{id}/submit", id).header("Authorization", "Bearer " + founder).exchange()
                .expectStatus().isOk();

        upload(founder, pdf(10_000), MediaType.APPLICATION_PDF, null).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/already-submitted");
        web.delete().uri("/api/applications/{id}/deck", id).header("Authorization", "Bearer " + founder).exchange()
                .expectStatus().isEqualTo(409);

        assertThat(sha256(downloaded(staff))).isEqualTo(sha256(deck));
    }

    @Test
    void removesWhatAnUploadLeftWhenItsClientGoesAway() {
        byte[] deck = pdf(3 * MB);
        var brokenBody = chunked(deck, 64 * 1024).concatWith(Flux.error(new IllegalStateException("the line dropped")));

        try {
            web.put().uri("/api/applications/{id}/deck", id).header("Authorization", "Bearer " + founder)
                    .contentType(MediaType.APPLICATION_PDF)
                    .body(BodyInserters.fromDataBuffers(brokenBody))
                    .exchange();
        } catch (RuntimeException expected) {
            // the client gave up: what matters is what the service kept
        }

        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(orphanChunks()).isZero());
        assertThat(filesOfApplication()).isEmpty();
    }

    /** The founder submitted while the deck was on its way: the application went without it, so it is not kept. */
    @Test
    void dropsADeckThatArrivesAfterTheApplicationWasSubmitted() {
        byte[] deck = pdf(2 * MB);
        var submitted = new java.util.concurrent.CompletableFuture<Void>();
        var body = chunked(java.util.Arrays.copyOfRange(deck, 0, MB), 64 * 1024)
                .concatWith(Mono.fromRunnable(() -> java.util.concurrent.CompletableFuture.runAsync(() -> {
                    web.post().uri("/api/applications/{id}/submit", id).header("Authorization", "Bearer " + founder).exchange()
                            .expectStatus().isOk();
                    submitted.complete(null);
                })))
                .concatWith(Mono.fromFuture(submitted).thenMany(chunked(java.util.Arrays.copyOfRange(deck, MB, 2 * MB), 64 * 1024)));

        web.put().uri("/api/applications/{id}/deck", id).header("Authorization", "Bearer " + founder)
                .contentType(MediaType.APPLICATION_PDF)
                .body(BodyInserters.fromDataBuffers(body))
                .exchange()
                .expectStatus().isEqualTo(409);

        assertThat(filesOfApplication()).isEmpty();
        assertThat(orphanChunks()).isZero();
    }

    @Test
    void removesTheDeckOfADraft() {
        upload(founder, pdf(10_000), MediaType.APPLICATION_PDF, null).expectStatus().isCreated();

        web.delete().uri("/api/applications/{id}/deck", id).header("Authorization", "Bearer " + founder).exchange()
                .expectStatus().isNoContent();

        info(founder).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/no-deck");
        assertThat(filesOfApplication()).isEmpty();
        assertThat(orphanChunks()).isZero();
    }

    @Test
    void describesTheDeckWithoutDownloadingIt() {
        byte[] deck = pdf(12_345);
        upload(founder, deck, MediaType.APPLICATION_PDF, "deck.pdf").expectStatus().isCreated();

        info(staff).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.size").isEqualTo(12_345)
                .jsonPath("$.sha256").isEqualTo(sha256(deck))
                .jsonPath("$.filename").isEqualTo("deck.pdf");
    }

    @Test
    void answersNotFoundWhenTheApplicationHasNoDeck() {
        download(founder).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/no-deck");
    }

    WebTestClient.ResponseSpec upload(String token, byte[] bytes, MediaType type, String filename) {
        return web.put().uri(builder -> {
                    builder.path("/api/applications/{id}/deck");
                    if (filename != null) {
                        builder.queryParam("filename", "{filename}");
                    }
                    return filename == null ? builder.build(id) : builder.build(id, filename);
                })
                .header("Authorization", "Bearer " + token)
                .contentType(type)
                .bodyValue(bytes)
                .exchange();
    }

    WebTestClient.ResponseSpec download(String token) {
        return web.get().uri("/api/applications/{id}/deck", id).header("Authorization", "Bearer " + token).exchange();
    }

    WebTestClient.ResponseSpec info(String token) {
        return web.get().uri("/api/applications/{id}/deck/info", id).header("Authorization", "Bearer " + token).exchange();
    }

    byte[] downloaded(String token) {
        return download(token).expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
    }

    private String draft() {
        return web.post().uri("/api/applications").header("Authorization", "Bearer " + founder)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(DRAFT).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    java.util.List<Document> filesOfApplication() {
        return mongo.getCollection("decks.files")
                .flatMapMany(files -> Flux.from(files.find(new Document("metadata.applicationId", id))))
                .collectList().block();
    }

    /** Chunks of no stored file: what a failed upload would leave behind if it were not cleaned up. */
    long orphanChunks() {
        var fileIds = mongo.getCollection("decks.files").flatMapMany(files -> Flux.from(files.find()))
                .map(file -> file.get("_id")).collectList().block();
        return mongo.getCollection("decks.chunks")
                .flatMapMany(chunks -> Flux.from(chunks.find(new Document("files_id", new Document("$nin", fileIds)))
                        .projection(new Document("files_id", 1))))
                .count().block();
    }

    static Flux<DataBuffer> chunked(byte[] bytes, int size) {
        return Flux.range(0, (bytes.length + size - 1) / size)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(
                        java.nio.ByteBuffer.wrap(bytes, i * size, Math.min(size, bytes.length - i * size))));
    }
}
