package org.pepiniere.applications.ranking.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Staff export the ranking, each review's marks and comments, as CSV and XLSX headed in their language. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class RankingExportTest {

    // as the portal's downloadFile sends it: the export answers its own type whatever Accept says
    private static final String PORTAL_ACCEPT = "application/pdf, application/problem+json";

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    RankingScenario call;
    String chimie;
    String formula;
    String waiting;
    String claire;

    @BeforeEach
    void scoredCall() {
        call = new RankingScenario(web, mongo, true);
        chimie = call.application("Chimie Verte, Montpellier");
        formula = call.application("=HYPERLINK(\"http://evil.example\")");
        waiting = call.application("Pas encore lue");
        claire = call.juror("Claire Sévère");
        String louis = call.juror("Louis Large");
        call.score(chimie, claire, 4, 7, "Équipe \"solide\",\nmarché à préciser");
        call.score(chimie, louis, 5, 8, "Très bien");
        call.score(formula, claire, 2, 3, "");
    }

    @Test
    void exportsTheReviewsAsCsvWithABomAndFrenchHeadersByDefault() {
        var response = download("/ranking.csv", null);
        String csv = new String(response.getResponseBody(), StandardCharsets.UTF_8);
        var lines = csv.substring(1).split("\r\n");

        assertThat(csv).startsWith("\uFEFF");
        assertThat(response.getResponseHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getResponseHeaders().getContentDisposition().getFilename()).isEqualTo("classement-" + call.callId + ".csv");
        assertThat(lines[0]).isEqualTo("Rang calibré,Rang brut,Places gagnées,Candidature,Start-up,Évaluations,"
                + "Évaluations attendues,Moyenne brute (0-100),Score calibré (0-100),Erreur type,Intervalle 95 % bas,"
                + "Intervalle 95 % haut,Écart entre jurés,Désaccord,Décision,Juré,Nom du juré,Effet du juré,"
                + "Note pondérée (0-100),Innovation (1-5 ×3),Équipe (0-10 ×1),Commentaire,Évalué le (Paris)");
        assertThat(csv).contains(chimie + ",\"Chimie Verte, Montpellier\",2,2,",
                ",Claire Sévère,", ",4,7,\"Équipe \"\"solide\"\",\nmarché à préciser\",2026-03-01 10:30\r\n",
                ",\"'=HYPERLINK(\"\"http://evil.example\"\")\",",
                ",,," + waiting + ",Pas encore lue,0,2,,,,,,,,,,,,,,,,\r\n",
                ",Claire Sévère,-10.63,", ",Louis Large,10.63,");
    }

    @Test
    void headsTheCsvInEnglishForAnEnglishCaller() {
        String csv = new String(download("/ranking.csv", "en-GB,en;q=0.9").getResponseBody(), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFCalibrated rank,Raw rank,Places gained,Application,Start-up,Reviews,");
        assertThat(csv).contains(",Decision,Juror,Juror's name,", ",Innovation (1-5 ×3),Team (0-10 ×1),Comment,");
    }

    @Test
    void exportsAWorkbookOfRankingReviewsAndJurorsInFrench() throws Exception {
        var response = download("/ranking.xlsx", null);

        assertThat(response.getResponseHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getResponseBody()))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Classement", "Évaluations", "Jurés");
            var ranking = sheets.get(0).read();
            assertThat(texts(ranking.get(0))).startsWith("Rang calibré", "Rang brut", "Places gagnées", "Candidature", "Start-up");
            assertThat(texts(ranking.get(0))).contains("Décision");
            assertThat(ranking).hasSize(4);
            assertThat(texts(ranking.get(1))).containsSubsequence("1", chimie, "Chimie Verte, Montpellier", "2", "2");
            assertThat(ranking.get(1).getCell(0).asNumber()).isEqualByComparingTo("1");
            assertThat(texts(ranking.get(3))).containsSubsequence(waiting, "Pas encore lue", "0", "2");
            var reviews = sheets.get(1).read();
            assertThat(texts(reviews.get(0))).contains("Innovation (1-5 ×3)", "Équipe (0-10 ×1)", "Commentaire");
            assertThat(reviews.stream().map(RankingExportTest::texts).flatMap(List::stream))
                    .contains("Équipe \"solide\",\nmarché à préciser", "=HYPERLINK(\"http://evil.example\")");
            var jurors = sheets.get(2).read();
            assertThat(texts(jurors.get(0))).containsExactly("Juré", "Nom du juré", "Évaluations", "Effet du juré", "Groupe de jurés");
            assertThat(jurors).hasSize(3);
        }
    }

    @Test
    void namesTheWorkbooksSheetsAndColumnsInEnglishForAnEnglishCaller() throws Exception {
        var response = download("/ranking.xlsx", "en");

        assertThat(response.getResponseHeaders().getContentDisposition().getFilename()).isEqualTo("ranking-" + call.callId + ".xlsx");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getResponseBody()))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Ranking", "Reviews", "Jurors");
            assertThat(texts(sheets.get(0).read().get(0))).startsWith("Calibrated rank", "Raw rank").contains("Decision");
            assertThat(texts(sheets.get(1).read().get(0))).contains("Team (0-10 ×1)", "Comment", "Juror's effect");
        }
    }

    private EntityExchangeResult<byte[]> download(String path, String language) {
        var spec = web.get().uri("/api/calls/" + call.callId + path).header("Authorization", "Bearer " + call.staff)
                .header("Accept", PORTAL_ACCEPT);
        if (language != null) {
            spec.header("Accept-Language", language);
        }
        return spec.exchange().expectStatus().isOk().expectBody(byte[].class).returnResult();
    }

    private static List<String> texts(Row row) {
        return Arrays.asList(row.stream().map(cell -> cell == null ? "" : cell.getText()).toArray(String[]::new));
    }
}
