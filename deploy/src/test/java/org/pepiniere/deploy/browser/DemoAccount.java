package org.pepiniere.deploy.browser;

/** The launcher's demo accounts, one per role, all with the password the README publishes. */
public enum DemoAccount {
    FOUNDER("founder@pepiniere.demo"),
    STAFF("staff@pepiniere.demo"),
    JUROR("jury@pepiniere.demo"),
    MENTOR("mentor@pepiniere.demo"),
    BANK("banque@pepiniere.demo");

    public static final String PASSWORD = "demo-pepiniere";

    private final String email;

    DemoAccount(String email) {
        this.email = email;
    }

    public String email() {
        return email;
    }
}
