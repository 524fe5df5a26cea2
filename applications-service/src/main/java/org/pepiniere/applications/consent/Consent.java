package org.pepiniere.applications.consent;

import java.time.Instant;

/**
 * Whether the founder of an application lets one partner bank receive their start-up's name and amount sought.
 *
 * @param changedAt when it last changed value
 */
public record Consent(String applicationId, String bankId, boolean granted, Instant changedAt) {
}
