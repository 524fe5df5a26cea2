package org.pepiniere.applications.calls;

import java.util.UUID;

public record CallId(String value) {

    public CallId {
        if (value == null || !value.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("A call id is 1 to 64 letters, digits or '-'");
        }
    }

    public static CallId random() {
        return new CallId(UUID.randomUUID().toString());
    }
}
