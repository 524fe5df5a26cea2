package org.pepiniere.applications.dashboard;

import java.time.YearMonth;

/** Minutes of mentoring a start-up received, in the month the session started. */
public record MentoringSession(YearMonth month, int minutes) {
}
