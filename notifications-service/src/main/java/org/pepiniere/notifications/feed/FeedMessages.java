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
            case APPLICATION_DECIDED -> decided(notification, language);
        };
    }

    private static FeedEntry decided(Notification notification, Language language) {
        var parameters = notification.parameters();
        String cohort = parameters.getOrDefault(NotificationKind.COHORT_ID, "");
        boolean en = language == Language.EN;
        String reasons = parameters.getOrDefault(en ? NotificationKind.REASONS_EN : NotificationKind.REASONS_FR, "").strip();
        String because = reasons.isEmpty() ? "" : (en ? " Reasons: " : " Motifs : ") + reasons;
        return switch (parameters.getOrDefault(NotificationKind.DECISION, "")) {
            case "ADMITTED" -> en
                    ? entry(notification, "Application accepted", "Your start-up joins the cohort “" + cohort + "”." + because)
                    : entry(notification, "Candidature retenue", "Votre start-up rejoint la cohorte « " + cohort + " »." + because);
            case "WAITLISTED" -> en
                    ? entry(notification, "Application on the waiting list", "Your application is on the waiting list." + because)
                    : entry(notification, "Candidature sur liste d'attente", "Votre candidature est sur liste d'attente." + because);
            default -> en
                    ? entry(notification, "Application not selected", "Your application has not been selected." + because)
                    : entry(notification, "Candidature non retenue", "Votre candidature n'a pas été retenue." + because);
        };
    }

    private static FeedEntry entry(Notification notification, String title, String body) {
        return new FeedEntry(notification.id(), notification.kind().type(), title, body, notification.createdAt(), notification.read());
    }

    private FeedMessages() {
    }
}
