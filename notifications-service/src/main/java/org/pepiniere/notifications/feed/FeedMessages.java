package org.pepiniere.notifications.feed;

import org.pepiniere.notifications.people.Language;

/** The French and English sentences of each kind of notification. */
public final class FeedMessages {

    public static FeedEntry render(Notification notification, Language language) {
        String startup = notification.parameters().getOrDefault(NotificationKind.STARTUP_NAME, "");
        return switch (notification.kind()) {
            case APPLICATION_RECEIVED -> language == Language.EN
                    ? entry(notification, "Application received", "Your application for " + startup + " has been received.")
                    : entry(notification, "Candidature reçue", "Votre candidature pour " + startup + " a bien été reçue.");
            case APPLICATION_WITHDRAWN -> language == Language.EN
                    ? entry(notification, "Application withdrawn", "Your application for " + startup + " has been withdrawn.")
                    : entry(notification, "Candidature retirée", "Votre candidature pour " + startup + " a été retirée.");
        };
    }

    private static FeedEntry entry(Notification notification, String title, String body) {
        return new FeedEntry(notification.id(), notification.kind().type(), title, body, notification.createdAt(), notification.read());
    }

    private FeedMessages() {
    }
}
