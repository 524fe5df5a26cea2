package org.pepiniere.applications.scoring;

import java.util.List;

/**
 * One field of a score sheet and why it was refused.
 *
 * @param field     as the request names it, e.g. {@code marks.innovation}
 * @param reasonKey the problem text that says why
 */
public record FieldRefusal(String field, String reasonKey, List<Object> arguments) {

    public FieldRefusal {
        arguments = List.copyOf(arguments);
    }

    static FieldRefusal of(String field, String reasonKey, Object... arguments) {
        return new FieldRefusal(field, reasonKey, List.of(arguments));
    }
}
