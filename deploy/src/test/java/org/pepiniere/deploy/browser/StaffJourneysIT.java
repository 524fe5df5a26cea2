package org.pepiniere.deploy.browser;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The incubator's staff follow the applications. */
class StaffJourneysIT {

    @JourneyTest
    void staffListTheApplicationsAndOpenTheOneJustSubmitted(Journey journey) {
        EarlierSubmission submitted = EarlierSubmission.by(journey.api(), "Verre Circulaire " + UUID.randomUUID().toString().substring(0, 6));
        Page page = journey.page();
        // the application's page asks for its pitch deck's details; this one was submitted without a deck
        journey.expectAnswer(404, "/deck/info");

        journey.logInAs(DemoAccount.STAFF);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(journey.text("Candidatures de l'incubateur", "The incubator's applications"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(submitted.startupName()))).isVisible();
        journey.sees("applications");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(submitted.startupName())).click();
        assertThat(page).hasURL(journey.stack().gatewayUrl().resolve("/staff/applications/" + submitted.applicationId()).toString());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(journey.text("Candidature", "Application"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName(submitted.startupName()))).isVisible();
        assertThat(page.getByRole(AriaRole.DEFINITION).first()).hasText(journey.text("Soumise", "Submitted"));
        assertThat(page.getByText("Du verre recyclé pour la construction.")).isVisible();
        journey.sees("application");
    }
}
