package org.pepiniere.applications.jury;

/** One application reviewed by one juror. */
public record Pair(String applicationId, String jurorId) {

    public Pair {
        if (applicationId == null || jurorId == null) {
            throw new IllegalArgumentException("a pair names an application and a juror");
        }
    }
}
