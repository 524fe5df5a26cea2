package org.pepiniere.applications.jury;

/** What a request to the jury of a call came to: done, with what it gives, or refused and why. */
public sealed interface JuryOutcome<T> {

    record Done<T>(T value) implements JuryOutcome<T> {
    }

    /** @param subject the id the refusal is about, for its text */
    record Refused<T>(JuryRefusal refusal, String subject) implements JuryOutcome<T> {
    }

    static <T> JuryOutcome<T> refused(JuryRefusal refusal, String subject) {
        return new Refused<>(refusal, subject);
    }
}
