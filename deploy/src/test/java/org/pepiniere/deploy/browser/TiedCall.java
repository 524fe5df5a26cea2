package org.pepiniere.deploy.browser;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.pepiniere.deploy.GatewayClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call of two applications the demo juror scored alike, so that they tie for one seat, and a cohort to admit into,
 * set up over real HTTP through the gateway. Staff then decide through the API, as the decisions page would: the
 * first admitted, the second wait-listed; and the admitted start-up's founder withdraws, which frees its seat.
 */
record TiedCall(ReviewedCall call, String cohortId, String cohortName) {

    static TiedCall seed(URI gateway) {
        ReviewedCall call = ReviewedCall.seed(gateway, 2);
        call.applications().forEach(applicant -> call.scoredByTheDemoJuror(gateway, applicant, 4, 7, "Solide."));
        String cohortName = "Liste d'attente " + UUID.randomUUID().toString().substring(0, 6);
        return new TiedCall(call, ReviewedCall.cohort(gateway, cohortName), cohortName);
    }

    ReviewedCall.Applicant admitted() {
        return call.applications().get(0);
    }

    ReviewedCall.Applicant waiting() {
        return call.applications().get(1);
    }

    void admitOneWaitListTheOtherAndTheAdmittedWithdraws(GatewayClient api) {
        String staff = api.login(DemoAccount.STAFF.email(), DemoAccount.PASSWORD);
        decide(api, staff, admitted(), Map.of("decision", "ADMITTED", "cohortId", cohortId,
                "reasonsFr", "Équipe solide.", "reasonsEn", "A strong team."));
        decide(api, staff, waiting(), Map.of("decision", "WAITLISTED",
                "reasonsFr", "À égalité, perdante au tirage.", "reasonsEn", "Tied, lost the draw."));
        String founder = api.login(admitted().email(), ReviewedCall.FOUNDER_PASSWORD);
        GatewayClient.Answer withdrawn = api.post("/api/applications/" + admitted().applicationId() + "/withdraw", founder, Map.of());
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    }

    private static void decide(GatewayClient api, String staff, ReviewedCall.Applicant applicant, Map<String, Object> decision) {
        GatewayClient.Answer decided = api.post("/api/applications/" + applicant.applicationId() + "/decision", staff, decision);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    }
}
