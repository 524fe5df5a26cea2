package org.pepiniere.applications.calls;

/**
 * One line of a call's scoring grid: jurors give it a whole number from {@code scaleMin} to {@code scaleMax},
 * and the ranking weighs it by {@code weight}.
 *
 * @param id stable key of the criterion, which scores name
 */
public record Criterion(String id, Bilingual name, int weight, int scaleMin, int scaleMax) {

    public Criterion {
        if (!CallDetails.isKey(id) || name == null) {
            throw new IllegalArgumentException("a criterion has an id and a name");
        }
    }
}
