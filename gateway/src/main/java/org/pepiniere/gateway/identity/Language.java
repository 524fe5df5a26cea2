package org.pepiniere.gateway.identity;

import java.util.Arrays;
import java.util.Optional;

/** The language of every text a user reads; French unless they choose English. */
public enum Language {
    FR("fr"), EN("en");

    public static final Language DEFAULT = FR;

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
    }
}
