package org.pepiniere.notifications.people;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The language of everything a person reads; French unless they chose English. */
public enum Language {
    FR("fr"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return this == EN ? Locale.ENGLISH : Locale.FRENCH;
    }

    public static Language of(@Nullable String code) {
        return "en".equalsIgnoreCase(code) ? EN : FR;
    }
}
