package org.pepiniere.deploy.browser;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.pepiniere.deploy.OpenCall;

/**
 * Staff fill the form of a new call as a person would, field by field: its texts, its dates in Paris time, k, a blind
 * review, a grid of two criteria and the same two questions as {@link OpenCall}, so that {@link OpenCall#answers()}
 * answers them.
 */
final class CallForm {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Journey journey;
    private final Page page;

    CallForm(Journey journey) {
        this.journey = journey;
        this.page = journey.page();
    }

    void fill(String title, int reviewsPerApplication) {
        page.getByLabel(journey.text("Titre (en français)", "Title (in French)")).fill(title);
        page.getByLabel(journey.text("Titre (en anglais)", "Title (in English)")).fill(title);
        page.getByLabel(journey.text("Description (en français)", "Description (in French)"))
                .fill("Un appel pour les start-up de la chimie verte.");
        page.getByLabel(journey.text("Description (en anglais)", "Description (in English)")).fill("A call for green chemistry start-ups.");
        // applications are taken at once: the call opened an hour ago, Paris time
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris")).truncatedTo(ChronoUnit.MINUTES);
        page.getByLabel(journey.text("Ouverture", "Opens")).fill(LOCAL.format(now.minus(Duration.ofHours(1))));
        page.getByLabel(journey.text("Clôture", "Closes")).fill(LOCAL.format(now.plusDays(7)));
        page.getByLabel(journey.text("Fin de l'évaluation", "Review deadline")).fill(LOCAL.format(now.plusDays(21)));
        page.getByLabel(journey.text("Places", "Seats")).fill("5");
        page.getByLabel(journey.text("Évaluations par candidature", "Reviews per application")).fill(String.valueOf(reviewsPerApplication));
        page.getByLabel(journey.text("Évaluation anonyme", "Blind review")).check();
        criterion(1, OpenCall.CRITERIA.get(0), "Innovation", "Innovation", 3, 0, 5);
        criterion(2, OpenCall.CRITERIA.get(1), "Équipe", "Team", 1, 1, 10);
        Locator impact = question(1, OpenCall.IMPACT_QUESTION, "Quel impact visez-vous ?", "What impact do you aim for?", "LONG_TEXT");
        impact.getByLabel(journey.text("Longueur maximale", "Maximum length")).fill("500");
        question(2, OpenCall.JOBS_QUESTION, "Combien d'emplois d'ici trois ans ?", "How many jobs within three years?", "NUMBER");
    }

    private void criterion(int n, String id, String french, String english, int weight, int min, int max) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Ajouter un critère", "Add a criterion"))).click();
        Locator row = group(journey.text("Critère ", "Criterion ") + n);
        row.getByLabel(journey.text("Identifiant", "Id")).fill(id);
        row.getByLabel(journey.text("Nom (en français)", "Name (in French)")).fill(french);
        row.getByLabel(journey.text("Nom (en anglais)", "Name (in English)")).fill(english);
        row.getByLabel(journey.text("Poids", "Weight")).fill(String.valueOf(weight));
        row.getByLabel(journey.text("Note minimale", "Lowest score")).fill(String.valueOf(min));
        row.getByLabel(journey.text("Note maximale", "Highest score")).fill(String.valueOf(max));
    }

    private Locator question(int n, String id, String french, String english, String type) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("Ajouter une question", "Add a question"))).click();
        Locator row = group("Question " + n);
        row.getByLabel(journey.text("Identifiant", "Id")).fill(id);
        row.getByLabel(journey.text("Intitulé (en français)", "Label (in French)")).fill(french);
        row.getByLabel(journey.text("Intitulé (en anglais)", "Label (in English)")).fill(english);
        row.getByLabel(journey.text("Type de réponse", "Type of answer")).selectOption(type);
        row.getByLabel(journey.text("Réponse obligatoire", "Answer required")).check();
        return row;
    }

    private Locator group(String legend) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true));
    }
}
