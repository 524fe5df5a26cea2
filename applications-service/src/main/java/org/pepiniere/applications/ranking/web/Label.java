package org.pepiniere.applications.ranking.web;

import java.util.Locale;

/** Every text of the ranking's exports, in French and English: column headers, sheet names, yes and no. */
enum Label {
    CALIBRATED_RANK("Rang calibré", "Calibrated rank"),
    RAW_RANK("Rang brut", "Raw rank"),
    MOVEMENT("Places gagnées", "Places gained"),
    APPLICATION("Candidature", "Application"),
    STARTUP("Start-up", "Start-up"),
    REVIEWS("Évaluations", "Reviews"),
    EXPECTED_REVIEWS("Évaluations attendues", "Expected reviews"),
    RAW_MEAN("Moyenne brute (0-100)", "Raw mean (0-100)"),
    CALIBRATED_SCORE("Score calibré (0-100)", "Calibrated score (0-100)"),
    STANDARD_ERROR("Erreur type", "Standard error"),
    LOW("Intervalle 95 % bas", "95% interval low"),
    HIGH("Intervalle 95 % haut", "95% interval high"),
    SPREAD("Écart entre jurés", "Spread between jurors"),
    DISAGREEMENT("Désaccord", "Disagreement"),
    DECISION("Décision", "Decision"),
    JUROR("Juré", "Juror"),
    JUROR_NAME("Nom du juré", "Juror's name"),
    JUROR_EFFECT("Effet du juré", "Juror's effect"),
    JUROR_GROUP("Groupe de jurés", "Group of jurors"),
    WEIGHTED_SCORE("Note pondérée (0-100)", "Weighted score (0-100)"),
    COMMENT("Commentaire", "Comment"),
    SCORED_AT("Évalué le (Paris)", "Scored at (Paris)"),
    RANKING_SHEET("Classement", "Ranking"),
    REVIEWS_SHEET("Évaluations", "Reviews"),
    JURORS_SHEET("Jurés", "Jurors"),
    FILE("classement", "ranking"),
    ADMITTED("Admise", "Admitted"),
    WAITLISTED("Liste d'attente", "Wait-listed"),
    REJECTED("Refusée", "Rejected"),
    YES("Oui", "Yes"),
    NO("Non", "No");

    private final String french;
    private final String english;

    Label(String french, String english) {
        this.french = french;
        this.english = english;
    }

    String in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english : french;
    }
}
