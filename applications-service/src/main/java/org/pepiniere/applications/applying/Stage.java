package org.pepiniere.applications.applying;

/** How far a start-up has come; the values match the ApplicationSubmitted schema. */
public enum Stage {
    IDEA, PROTOTYPE, MVP, REVENUE, SCALE
}
