package org.pepiniere.applications.applying;

/** The field a start-up works in; the values match the ApplicationSubmitted schema. */
public enum Sector {
    CHEMISTRY, HEALTH, ENERGY, ENVIRONMENT, DIGITAL, INDUSTRY, AGRIFOOD, MATERIALS, OTHER
}
