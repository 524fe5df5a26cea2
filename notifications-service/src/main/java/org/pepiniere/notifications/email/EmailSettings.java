package org.pepiniere.notifications.email;

import java.time.Duration;

import org.pepiniere.notifications.retry.RetrySchedule;

/**
 * @param retry           waits between failed SMTP attempts
 * @param recipientWait   how long to wait before looking again for a recipient the projection does not know yet
 * @param recipientGiveUp how long after its creation an email whose recipient stays unknown is given up
 * @param lease           how long one attempt holds an email before another process may take it over
 */
public record EmailSettings(RetrySchedule retry, Duration recipientWait, Duration recipientGiveUp, Duration lease) {
}
