package org.pepiniere.applications.applying;

import java.util.UUID;

public record ApplicationId(String value) {

    public ApplicationId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("An application id is 1 to 64 characters");
        }
    }

    public static ApplicationId random() {
        return new ApplicationId(UUID.randomUUID().toString());
    }
}
