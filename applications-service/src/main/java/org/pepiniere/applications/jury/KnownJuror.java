package org.pepiniere.applications.jury;

import org.jspecify.annotations.Nullable;

/**
 * A user with the juror role who opened their juror pages: staff pick pool members among them, since this service
 * keeps no user directory and learns who is a juror only from a juror's own token.
 */
public record KnownJuror(String jurorId, String incubatorId, String displayName, @Nullable String email) {
}
