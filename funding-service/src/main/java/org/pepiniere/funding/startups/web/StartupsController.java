package org.pepiniere.funding.startups.web;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.funding.startups.Startups;
import org.pepiniere.platform.security.CurrentUser;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;

@RestController
@RequestMapping("/api/funding/startups")
class StartupsController {

    private final Startups startups;

    StartupsController(Startups startups) {
        this.startups = startups;
    }

    /**
     * The reader's incubator's applicant start-ups, the most recently submitted first. Partner banks
     * will see the start-ups whose founders consented; until consent exists they see none.
     */
    @GetMapping
    Flux<StartupView> list(CurrentUser reader, @RequestParam(required = false) @Nullable String limit) {
        if (!reader.has(Role.STAFF)) {
            throw reader.has(Role.BANK) ? withoutConsent(reader) : notStaff(reader);
        }
        return startups.newestOf(reader.incubatorId(), ListingLimit.of(limit, reader)).map(StartupView::of);
    }

    private static RuntimeException notStaff(CurrentUser reader) {
        boolean english = "en".equals(reader.language());
        return Problems.exception(Problems.problem(HttpStatus.FORBIDDEN, "forbidden",
                english ? "Forbidden" : "Accès refusé",
                english ? "Only the incubator's staff see the start-ups applying for funding."
                        : "Seule l'équipe de l'incubateur voit les start-ups candidates au financement."));
    }

    private static RuntimeException withoutConsent(CurrentUser reader) {
        boolean english = "en".equals(reader.language());
        return Problems.exception(Problems.problem(HttpStatus.FORBIDDEN, "consent-required",
                english ? "Consent required" : "Consentement requis",
                english ? "A partner bank sees a start-up only once its founders consent to share it with that bank."
                        : "Une banque partenaire ne voit une start-up qu'une fois que ses fondateurs ont consenti à la lui montrer."));
    }
}
