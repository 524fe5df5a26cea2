package org.pepiniere.mentoring.startups;

/** The application a start-up submitted: the key of its entry in this projection. */
public record ApplicationId(String value) {

    public ApplicationId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("An application id is 1 to 64 characters");
        }
    }
}
