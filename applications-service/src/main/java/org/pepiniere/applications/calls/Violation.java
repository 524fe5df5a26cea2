package org.pepiniere.applications.calls;

import java.util.List;

/**
 * One broken rule of a call's details: the request field it concerns, as the API names it
 * ({@code criteria[1].weight}), and the key of the sentence that says why, with its arguments.
 */
public record Violation(String field, String reasonKey, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    static Violation of(String field, String reason, Object... arguments) {
        return new Violation(field, "calls.field." + reason, List.of(arguments));
    }
}
