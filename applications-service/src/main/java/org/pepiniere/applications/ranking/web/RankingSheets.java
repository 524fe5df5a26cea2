package org.pepiniere.applications.ranking.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.calls.Criterion;
import org.pepiniere.applications.ranking.CallRanking;
import org.pepiniere.applications.ranking.JurorEffect;
import org.pepiniere.applications.ranking.JurorScore;
import org.pepiniere.applications.ranking.RankedApplication;

/**
 * The tables staff export: the ranking, one line per application; the reviews, one line per review with the
 * application's ranking repeated, each criterion's mark and the comment (the CSV); the jurors' effects. Applications
 * no juror scored yet close the first two, without ranks.
 */
final class RankingSheets {

    private static final DateTimeFormatter PARIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final CallRanking ranking;
    private final Map<String, String> decisions;
    private final Locale locale;

    RankingSheets(CallRanking ranking, Map<String, String> decisions, Locale locale) {
        this.ranking = ranking;
        this.decisions = Map.copyOf(decisions);
        this.locale = locale;
    }

    /** The decision column's value, in the reader's language; empty while the application is undecided. */
    private @Nullable String decisionOf(String applicationId) {
        String outcome = decisions.get(applicationId);
        return outcome == null ? null : text(Label.valueOf(outcome));
    }

    Sheet applications() {
        var rows = new ArrayList<List<Object>>();
        ranking.ranking().applications().forEach(line -> rows.add(rankingCells(line)));
        ranking.ranking().unscored().forEach(id -> rows.add(unscoredCells(id)));
        return new Sheet(text(Label.RANKING_SHEET), labels(rankingLabels()), rows);
    }

    Sheet reviews() {
        var byApplication = ranking.scores().stream().collect(Collectors.groupingBy(JurorScore::applicationId));
        var effects = ranking.ranking().jurors().stream().collect(Collectors.toMap(JurorEffect::jurorId, Function.identity()));
        var rows = new ArrayList<List<Object>>();
        for (RankedApplication line : ranking.ranking().applications()) {
            byApplication.getOrDefault(line.applicationId(), List.of()).stream()
                    .sorted(Comparator.comparing(JurorScore::jurorId))
                    .forEach(score -> rows.add(join(rankingCells(line), reviewCells(score, effects))));
        }
        ranking.ranking().unscored().forEach(id -> rows.add(join(unscoredCells(id), Arrays.asList(new Object[reviewWidth()]))));
        var headers = new ArrayList<>(labels(rankingLabels()));
        headers.addAll(labels(List.of(Label.JUROR, Label.JUROR_NAME, Label.JUROR_EFFECT, Label.WEIGHTED_SCORE)));
        ranking.call().details().criteria().forEach(criterion -> headers.add(criterionName(criterion)));
        headers.addAll(labels(List.of(Label.COMMENT, Label.SCORED_AT)));
        return new Sheet(text(Label.REVIEWS_SHEET), headers, rows);
    }

    Sheet jurors() {
        var rows = new ArrayList<List<Object>>();
        for (JurorEffect juror : ranking.ranking().jurors()) {
            rows.add(Arrays.asList(juror.jurorId(), ranking.jurorName(juror.jurorId()), juror.reviews(), round(juror.effect()),
                    juror.group()));
        }
        return new Sheet(text(Label.JURORS_SHEET),
                labels(List.of(Label.JUROR, Label.JUROR_NAME, Label.REVIEWS, Label.JUROR_EFFECT, Label.JUROR_GROUP)), rows);
    }

    String fileName(String extension) {
        return text(Label.FILE) + "-" + ranking.call().id().value() + "." + extension;
    }

    private List<Label> rankingLabels() {
        return List.of(Label.CALIBRATED_RANK, Label.RAW_RANK, Label.MOVEMENT, Label.APPLICATION, Label.STARTUP, Label.REVIEWS,
                Label.EXPECTED_REVIEWS, Label.RAW_MEAN, Label.CALIBRATED_SCORE, Label.STANDARD_ERROR, Label.LOW, Label.HIGH,
                Label.SPREAD, Label.DISAGREEMENT, Label.DECISION);
    }

    private List<Object> rankingCells(RankedApplication line) {
        return Arrays.asList(line.calibratedRank(), line.rawRank(), line.movement(), line.applicationId(),
                ranking.startupName(line.applicationId()), line.reviews(), ranking.expectedReviews(), round(line.rawMean()),
                round(line.calibratedScore()), round(line.standardError()), round(line.low()), round(line.high()),
                round(line.spread()), text(line.disagreement() ? Label.YES : Label.NO), decisionOf(line.applicationId()));
    }

    private List<Object> unscoredCells(String applicationId) {
        return Arrays.asList(null, null, null, applicationId, ranking.startupName(applicationId), 0, ranking.expectedReviews(),
                null, null, null, null, null, null, null, decisionOf(applicationId));
    }

    private List<Object> reviewCells(JurorScore score, Map<String, JurorEffect> effects) {
        var cells = new ArrayList<Object>();
        cells.add(score.jurorId());
        cells.add(ranking.jurorName(score.jurorId()));
        var effect = effects.get(score.jurorId());
        cells.add(effect == null ? null : round(effect.effect()));
        cells.add(ranking.grid().score(score.marks()).stream().boxed().map(RankingSheets::round).findFirst().orElse(null));
        ranking.call().details().criteria().forEach(criterion -> cells.add(score.marks().get(criterion.id())));
        cells.add(score.comment());
        cells.add(score.scoredAt() == null ? null : PARIS.format(score.scoredAt()));
        return cells;
    }

    private int reviewWidth() {
        return 6 + ranking.call().details().criteria().size();
    }

    private String criterionName(Criterion criterion) {
        var name = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? criterion.name().en() : criterion.name().fr();
        return name + " (" + criterion.scaleMin() + "-" + criterion.scaleMax() + " ×" + criterion.weight() + ")";
    }

    private List<String> labels(List<Label> labels) {
        return labels.stream().map(this::text).toList();
    }

    private String text(Label label) {
        return label.in(locale);
    }

    private static List<Object> join(List<Object> first, List<Object> second) {
        var joined = new ArrayList<Object>(first);
        joined.addAll(second);
        return joined;
    }

    /** Two decimals, halves away from zero, so that effects of −x and +x read the same size. */
    static @Nullable Double round(@Nullable Double value) {
        return value == null ? null : java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
