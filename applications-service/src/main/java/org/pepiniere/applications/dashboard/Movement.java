package org.pepiniere.applications.dashboard;

import java.time.YearMonth;

/** An amount granted or released to a start-up, in the month it happened. */
public record Movement(YearMonth month, long cents, String currency) {
}
