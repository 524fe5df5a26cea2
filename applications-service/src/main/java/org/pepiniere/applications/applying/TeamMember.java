package org.pepiniere.applications.applying;

/**
 * A person of the founding team. Personal data: it stays in this service and never travels in an
 * integration event or a webhook.
 *
 * @param affiliation school, lab or company, used later to keep jurors with a conflict away
 */
public record TeamMember(String name, String email, String affiliation) {

    public TeamMember {
        Texts.require("team member name", name, 1, 120);
        Texts.require("team member email", email, 3, 254);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("team member email is not an email address");
        }
        affiliation = affiliation == null || affiliation.isBlank() ? null : Texts.require("affiliation", affiliation.strip(), 1, 120);
    }
}
