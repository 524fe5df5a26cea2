package org.pepiniere.applications.calls;

/** One option of a single or multiple choice question; answers name its id. */
public record Choice(String id, Bilingual label) {

    public Choice {
        if (!CallDetails.isKey(id) || label == null) {
            throw new IllegalArgumentException("an option has an id and a label");
        }
    }
}
