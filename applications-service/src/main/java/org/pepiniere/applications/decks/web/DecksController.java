package org.pepiniere.applications.decks.web;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.decks.Deck;
import org.pepiniere.applications.decks.Reader;
import org.pepiniere.applications.decks.ReadingDeck;
import org.pepiniere.applications.decks.RemovingDeck;
import org.pepiniere.applications.decks.UploadingDeck;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.platform.security.CurrentUser;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The pitch deck of an application. The upload is the raw PDF as the request body (any declared type: the
 * bytes decide), streamed to the store as it arrives; the download streams it back.
 */
@RestController
@RequestMapping("/api/applications/{id}/deck")
class DecksController {

    private static final String ID = "[A-Za-z0-9-]{1,64}";

    private final UploadingDeck uploading;
    private final ReadingDeck reading;
    private final RemovingDeck removing;

    DecksController(UploadingDeck uploading, ReadingDeck reading, RemovingDeck removing) {
        this.uploading = uploading;
        this.reading = reading;
        this.removing = removing;
    }

    @PutMapping
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The PDF itself, at most 20 MB",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
    Mono<ResponseEntity<DeckView>> upload(CurrentUser user, @PathVariable @Pattern(regexp = ID) String id,
            @RequestParam(required = false) @Size(max = 255) @Nullable String filename, ServerHttpRequest request) {
        user.require(Role.FOUNDER);
        return uploading.upload(reader(user), new ApplicationId(id), filename, request.getHeaders().getContentLength(),
                        bytes(request.getBody()))
                .map(upload -> {
                    if (upload instanceof UploadingDeck.Upload.Stored stored) {
                        var builder = stored.replaced() ? ResponseEntity.ok()
                                : ResponseEntity.created(URI.create("/api/applications/" + id + "/deck"));
                        return builder.eTag(DeckView.etag(stored.deck())).body(DeckView.of(stored.deck()));
                    }
                    throw DeckProblems.of(((UploadingDeck.Upload.Refused) upload).refusal(), id);
                });
    }

    @GetMapping(produces = MediaType.APPLICATION_PDF_VALUE)
    Mono<ResponseEntity<Flux<DataBuffer>>> download(CurrentUser user, @PathVariable @Pattern(regexp = ID) String id) {
        user.require(Role.FOUNDER, Role.STAFF, Role.JUROR);
        return reading.open(reader(user), new ApplicationId(id)).map(read -> {
            if (read instanceof ReadingDeck.Read.Opened opened) {
                var deck = opened.deck();
                return ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .contentLength(deck.size())
                        .eTag(DeckView.etag(deck))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(downloadName(deck, id), StandardCharsets.UTF_8).build().toString())
                        // a deck is private: no shared cache keeps it, and no browser reads it as anything but a PDF
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(opened.bytes().map(DefaultDataBufferFactory.sharedInstance::wrap));
            }
            throw DeckProblems.of(((ReadingDeck.Read.Refused) read).refusal(), id);
        });
    }

    @GetMapping("/info")
    Mono<ResponseEntity<DeckView>> info(CurrentUser user, @PathVariable @Pattern(regexp = ID) String id) {
        user.require(Role.FOUNDER, Role.STAFF, Role.JUROR);
        return reading.open(reader(user), new ApplicationId(id)).map(read -> {
            if (read instanceof ReadingDeck.Read.Opened opened) {
                return ResponseEntity.ok().eTag(DeckView.etag(opened.deck())).body(DeckView.of(opened.deck()));
            }
            throw DeckProblems.of(((ReadingDeck.Read.Refused) read).refusal(), id);
        });
    }

    @DeleteMapping
    Mono<ResponseEntity<Void>> remove(CurrentUser user, @PathVariable @Pattern(regexp = ID) String id) {
        user.require(Role.FOUNDER);
        return removing.remove(reader(user), new ApplicationId(id)).map(removal -> {
            if (removal instanceof RemovingDeck.Removal.Refused refused) {
                throw DeckProblems.of(refused.refusal(), id);
            }
            return ResponseEntity.noContent().build();
        });
    }

    /** Each buffer copied and released at once: the request's buffers go back to the pool as fast as they came. */
    private static Flux<ByteBuffer> bytes(Flux<DataBuffer> body) {
        return body.map(buffer -> {
            try {
                var bytes = new byte[buffer.readableByteCount()];
                buffer.read(bytes);
                return ByteBuffer.wrap(bytes);
            } finally {
                DataBufferUtils.release(buffer);
            }
        }).doOnDiscard(DataBuffer.class, DataBufferUtils::release);
    }

    private static String downloadName(Deck deck, String id) {
        return deck.filename() == null ? "pitch-deck-" + id + ".pdf" : deck.filename();
    }

    private static Reader reader(CurrentUser user) {
        return new Reader(user.id(), user.incubatorId(), user.roles());
    }
}
