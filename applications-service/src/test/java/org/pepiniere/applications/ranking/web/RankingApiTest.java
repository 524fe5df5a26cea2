package org.pepiniere.applications.ranking.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Staff read a call's ranking: raw and calibrated side by side, each juror's effect, the withdrawn left out and the
 * unscored listed apart. Grid: innovation 1–5 ×3, team 0–10 ×1, so a review weighs 100 (3 (i − 1)/4 + t/10) / 4.
 */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class RankingApiTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void ranksRawAndCalibratedSideBySideWithEachJurorsEffect() {
        var call = new RankingScenario(web, mongo, true);
        String common = call.application("Chimie Verte");
        String readByHarsh = call.application("Lumen");
        String readByLenient = call.application("Vélo Libre");
        String withdrawn = call.application("Retirée", "WITHDRAWN");
        String unscored = call.application("Pas encore lue");
        String harsh = call.juror("Claire Sévère");
        String lenient = call.juror("Louis Large");
        call.score(common, harsh, 3, 4, "Solide");       // 47.5
        call.score(common, lenient, 5, 8, "Excellent");  // 95: the lenient juror gives 47.5 more, so effects are ±23.75
        call.score(readByHarsh, harsh, 4, 6, "");        // 71.25, calibrated 95
        call.score(readByLenient, lenient, 5, 6, "");    // 90, calibrated 66.25
        call.score(withdrawn, lenient, 1, 0, "");

        call.get("/ranking", call.staff, null).expectStatus().isOk().expectBody()
                .jsonPath("$.callId").isEqualTo(call.callId)
                .jsonPath("$.title.en").isEqualTo("Ranking 2027")
                .jsonPath("$.expectedReviews").isEqualTo(2)
                .jsonPath("$.method.name").isEqualTo("additive-juror-effects-least-squares")
                .jsonPath("$.method.disagreementThreshold").isEqualTo(30.0)
                .jsonPath("$.method.jurorGroups").isEqualTo(1)
                .jsonPath("$.method.residualSd").doesNotExist()
                .jsonPath("$.applications.length()").isEqualTo(3)
                .jsonPath("$.applications[0].applicationId").isEqualTo(readByHarsh)
                .jsonPath("$.applications[0].startupName").isEqualTo("Lumen")
                .jsonPath("$.applications[0].reviews").isEqualTo(1)
                .jsonPath("$.applications[0].expectedReviews").isEqualTo(2)
                .jsonPath("$.applications[0].rawMean").isEqualTo(71.25)
                .jsonPath("$.applications[0].rawRank").isEqualTo(2)
                .jsonPath("$.applications[0].calibratedScore").isEqualTo(95.0)
                .jsonPath("$.applications[0].calibratedRank").isEqualTo(1)
                .jsonPath("$.applications[0].movement").isEqualTo(1)
                .jsonPath("$.applications[0].standardError").doesNotExist()
                .jsonPath("$.applications[0].disagreement").isEqualTo(false)
                .jsonPath("$.applications[1].applicationId").isEqualTo(common)
                .jsonPath("$.applications[1].calibratedScore").isEqualTo(71.25)
                .jsonPath("$.applications[1].rawRank").isEqualTo(2)
                .jsonPath("$.applications[1].spread").isEqualTo(0.0)
                .jsonPath("$.applications[2].applicationId").isEqualTo(readByLenient)
                .jsonPath("$.applications[2].rawRank").isEqualTo(1)
                .jsonPath("$.applications[2].calibratedScore").isEqualTo(66.25)
                .jsonPath("$.applications[2].calibratedRank").isEqualTo(3)
                .jsonPath("$.applications[2].movement").isEqualTo(-2)
                .jsonPath("$.applications[?(@.applicationId == '" + withdrawn + "')]").isEmpty()
                .jsonPath("$.unscored.length()").isEqualTo(1)
                .jsonPath("$.unscored[0].applicationId").isEqualTo(unscored)
                .jsonPath("$.unscored[0].startupName").isEqualTo("Pas encore lue")
                .jsonPath("$.jurors.length()").isEqualTo(2)
                .jsonPath("$.jurors[0].jurorId").isEqualTo(harsh)
                .jsonPath("$.jurors[0].displayName").isEqualTo("Claire Sévère")
                .jsonPath("$.jurors[0].effect").isEqualTo(-23.75)
                .jsonPath("$.jurors[0].reviews").isEqualTo(2)
                .jsonPath("$.jurors[1].effect").isEqualTo(23.75);
    }

    @Test
    void givesEachCalibratedScoreItsErrorAndIntervalAndFlagsADisagreement() {
        var call = new RankingScenario(web, mongo, true);
        String a = call.application("A");
        String b = call.application("B");
        String c = call.application("C");
        String split = call.application("Split");
        String one = call.juror("One");
        String two = call.juror("Two");
        call.score(a, one, 4, 6, "");
        call.score(a, two, 4, 7, "");
        call.score(b, one, 3, 5, "");
        call.score(b, two, 3, 5, "");
        call.score(c, one, 2, 2, "");
        call.score(c, two, 2, 4, "");
        call.score(split, one, 5, 10, "");
        call.score(split, two, 1, 1, "");

        call.get("/ranking", call.staff, null).expectStatus().isOk().expectBody()
                .jsonPath("$.method.residualSd").isNumber()
                .jsonPath("$.applications[?(@.applicationId == '" + split + "')].disagreement").isEqualTo(true)
                .jsonPath("$.applications[?(@.applicationId == '" + a + "')].disagreement").isEqualTo(false)
                .jsonPath("$.applications[?(@.applicationId == '" + a + "')].standardError").value(RankingApiTest::oneNumber)
                .jsonPath("$.applications[?(@.applicationId == '" + a + "')].interval.low").value(RankingApiTest::oneNumber)
                .jsonPath("$.applications[?(@.applicationId == '" + a + "')].interval.high").value(RankingApiTest::oneNumber);
    }

    private static void oneNumber(Object found) {
        assertThat((List<?>) found).singleElement().isInstanceOf(Number.class);
    }

    @Test
    void givesAnEmptyRankingListingTheUnscoredWhenNobodyScoredYet() {
        var call = new RankingScenario(web, mongo, true);
        String waiting = call.application("Chimie Verte");

        call.get("/ranking", call.staff, null).expectStatus().isOk().expectBody()
                .jsonPath("$.applications.length()").isEqualTo(0)
                .jsonPath("$.jurors.length()").isEqualTo(0)
                .jsonPath("$.unscored[0].applicationId").isEqualTo(waiting)
                .jsonPath("$.method.jurorGroups").isEqualTo(0);
    }
}
