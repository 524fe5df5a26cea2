package org.pepiniere.deploy.browser;

/** A founder who registered through the portal during a journey. */
public record Founder(String name, String email, String password) {
}
