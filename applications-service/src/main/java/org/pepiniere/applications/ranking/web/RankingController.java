package org.pepiniere.applications.ranking.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;

import org.pepiniere.applications.ranking.CallDecisions;
import org.pepiniere.applications.ranking.CallRanking;
import org.pepiniere.applications.ranking.RankingACall;
import org.pepiniere.applications.ranking.RankingOutcome;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.platform.security.CurrentUser;
import org.pepiniere.platform.web.ProblemTexts;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The ranking of a call, for its incubator's staff only: as JSON, and exported as CSV (the reviews, one per line, with
 * the ranking) or XLSX (ranking, reviews and jurors, a sheet each), headed in the caller's language. Another
 * incubator's call is a 404, as everywhere: nobody learns that it exists.
 */
@RestController
@RequestMapping("/api/calls/{callId}")
class RankingController {

    private static final String ID = "[A-Za-z0-9-]{1,64}";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RankingACall ranking;
    private final CallDecisions decisions;

    RankingController(RankingACall ranking, CallDecisions decisions) {
        this.ranking = ranking;
        this.decisions = decisions;
    }

    @GetMapping("/ranking")
    Mono<RankingView> read(CurrentUser user, @PathVariable @Pattern(regexp = ID) String callId) {
        user.require(Role.STAFF);
        return ranking.rank(user.incubatorId(), callId).map(outcome -> RankingView.of(ranked(outcome, callId)));
    }

    @GetMapping("/ranking.csv")
    Mono<ResponseEntity<byte[]>> csv(CurrentUser user, @PathVariable @Pattern(regexp = ID) String callId,
            ServerWebExchange exchange) {
        return export(user, callId, exchange, CSV, "csv", (sheets, ranked) -> RankingCsv.write(sheets.reviews()));
    }

    @GetMapping("/ranking.xlsx")
    Mono<ResponseEntity<byte[]>> xlsx(CurrentUser user, @PathVariable @Pattern(regexp = ID) String callId,
            ServerWebExchange exchange) {
        return export(user, callId, exchange, XLSX, "xlsx",
                (sheets, ranked) -> RankingXlsx.write(List.of(sheets.applications(), sheets.reviews(), sheets.jurors())));
    }

    /** The file is written off the event loop; its type is set whatever Accept says. */
    private Mono<ResponseEntity<byte[]>> export(CurrentUser user, String callId, ServerWebExchange exchange, MediaType type,
            String extension, BiFunction<RankingSheets, CallRanking, byte[]> writer) {
        user.require(Role.STAFF);
        return ProblemTexts.language(exchange).flatMap(locale -> ranking.rank(user.incubatorId(), callId)
                .map(outcome -> ranked(outcome, callId))
                .zipWhen(ranked -> decisions.outcomes(user.incubatorId(), callId))
                // the decisions arrive on the driver's thread: the file is written off it, as the fit is
                .publishOn(Schedulers.boundedElastic())
                .map(read -> {
                    var ranked = read.getT1();
                    var sheets = new RankingSheets(ranked, read.getT2(), locale);
                    return ResponseEntity.ok()
                            .contentType(type)
                            .header("Content-Disposition", ContentDisposition.attachment()
                                    .filename(sheets.fileName(extension), StandardCharsets.UTF_8).build().toString())
                            .header("Content-Language", locale.getLanguage())
                            .body(writer.apply(sheets, ranked));
                }));
    }

    private static CallRanking ranked(RankingOutcome outcome, String callId) {
        if (outcome instanceof RankingOutcome.Ranked ranked) {
            return ranked.ranking();
        }
        throw refusal((RankingOutcome.Refused) outcome, callId);
    }

    private static ErrorResponseException refusal(RankingOutcome.Refused refused, String callId) {
        var status = switch (refused.refusal()) {
            case CALL_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CALL_NOT_PUBLISHED -> HttpStatus.CONFLICT;
        };
        return Problems.refused(status, refused.refusal().slug(), "ranking." + refused.refusal().slug(), callId);
    }
}
