package org.pepiniere.contracts.decisions;

import java.time.Instant;
import java.util.List;

import org.pepiniere.contracts.IntegrationEvent;

/**
 * Staff decided an application: admitted into a cohort, wait-listed or rejected, with reasons in French and English.
 * Keyed by the application id. Decisions are final per application; a later correction is a new event with a higher
 * {@code sequence}, and a consumer never applies an older decision over a newer one (it keeps, per application, the
 * highest sequence it applied and ignores anything lower or equal).
 * <p>
 * <b>Consent.</b> {@code disclosures} holds one entry per partner bank the founder consented to share their
 * start-up's summary with, and only those. The event itself stays inside the platform: a bank's webhook must carry
 * the decision, the cohort and the opaque {@code startupReference}, plus <em>only that bank's own</em> disclosure
 * (matched on {@code bankId}), never another bank's, never the founder's id nor the reasons' personal remarks. A bank
 * without a disclosure learns only that a decision exists for an opaque start-up reference.
 *
 * @param sequence         1 for the first decision of the application, higher for each correction
 * @param decision         {@code ADMITTED}, {@code WAITLISTED} or {@code REJECTED}
 * @param cohortId         the cohort the start-up joins when {@code ADMITTED}; null otherwise
 * @param startupReference an opaque id of the start-up, stable per application (for example {@code su-…}); mentoring,
 *                         funding and the cohort dashboard name the start-up by it
 * @param founderId        the user id of the founder who applied
 * @param reasonsFr        why, in French
 * @param reasonsEn        why, in English
 * @param disclosures      what each consenting partner bank may receive; empty when the founder consented to none
 */
public record ApplicationDecided(
        String eventId,
        String applicationId,
        Instant occurredAt,
        String incubatorId,
        String callId,
        int sequence,
        Decision decision,
        String cohortId,
        String startupReference,
        String founderId,
        String reasonsFr,
        String reasonsEn,
        List<Disclosure> disclosures) implements IntegrationEvent {

    public ApplicationDecided {
        disclosures = disclosures == null ? List.of() : List.copyOf(disclosures);
    }

    /** The three outcomes of a decision. */
    public enum Decision {
        ADMITTED, WAITLISTED, REJECTED
    }

    /**
     * What one partner bank may read about the start-up, because the founder consented to share it with that bank.
     *
     * @param bankId the registered organisation id of the bank
     */
    public record Disclosure(String bankId, String startupName, Long amountSoughtCents, String currency) {
    }
}
