package org.pepiniere.notifications.feed;

import java.util.Locale;
import java.util.Map;

import org.pepiniere.notifications.people.Language;
import org.pepiniere.platform.text.Texts;

/** The French and English sentences of each kind of notification, from the texts of {@value #TEXTS_FILE}. */
public final class FeedMessages {

    static final String TEXTS_FILE = "notifications-feed";

    // Read once, at start-up (see load), so that no event-loop thread ever reads a resource file.
    private static final Texts TEXTS = Texts.read(TEXTS_FILE);

    /** Reads and checks the texts now, when the service starts, rather than on the first reader's thread. */
    public static void load() {
        // class initialisation has read and checked both files
    }

    public static FeedEntry render(Notification notification, Language language) {
        var parameters = notification.parameters();
        Locale locale = language.locale();
        String key = "feed." + notification.kind().type();
        String body;
        if (notification.kind() == NotificationKind.APPLICATION_DECIDED) {
            key += "." + outcome(parameters);
            String reasons = parameters.getOrDefault(language == Language.EN ? NotificationKind.REASONS_EN : NotificationKind.REASONS_FR, "")
                    .strip();
            body = TEXTS.text(locale, key + ".body", parameters.getOrDefault(NotificationKind.COHORT_ID, ""))
                    + (reasons.isEmpty() ? "" : " " + TEXTS.text(locale, "feed.reasons", reasons));
        } else {
            body = TEXTS.text(locale, key + ".body", parameters.getOrDefault(NotificationKind.STARTUP_NAME, ""));
        }
        return new FeedEntry(notification.id(), notification.kind().type(), TEXTS.text(locale, key + ".title"), body,
                notification.createdAt(), notification.read());
    }

    /** Anything but an admission or a place on the waiting list reads as not selected, as the decision's event allows no other. */
    private static String outcome(Map<String, String> parameters) {
        return switch (parameters.getOrDefault(NotificationKind.DECISION, "")) {
            case "ADMITTED" -> "admitted";
            case "WAITLISTED" -> "waitlisted";
            default -> "rejected";
        };
    }

    private FeedMessages() {
    }
}
