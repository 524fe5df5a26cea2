package org.pepiniere.contracts.mentoring;

import java.time.Instant;
import java.util.List;

import org.pepiniere.contracts.IntegrationEvent;

/**
 * A mentor logged a mentoring session with a start-up. Keyed by the session id; a session is logged once, so a
 * consumer that sees the same {@code sessionId} again counts it once.
 *
 * @param startupReference the opaque start-up reference that {@code ApplicationDecided} gave the start-up
 * @param mentorId         the user id of the mentor
 * @param startedAt        when the session began
 * @param minutes          how long it lasted, more than zero
 * @param topics           what was worked on, as tags (for example "levée de fonds"); may be empty
 */
public record MentoringSessionLogged(
        String eventId,
        String sessionId,
        Instant occurredAt,
        String incubatorId,
        String startupReference,
        String mentorId,
        Instant startedAt,
        int minutes,
        List<String> topics) implements IntegrationEvent {

    public MentoringSessionLogged {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
