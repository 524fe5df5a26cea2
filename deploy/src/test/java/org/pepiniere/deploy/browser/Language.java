package org.pepiniere.deploy.browser;

/** The portal's languages: a journey runs in each, with the browser's locale set to match. */
public enum Language {
    FR("fr", "fr-FR"),
    EN("en", "en-GB");

    private final String tag;
    private final String locale;

    Language(String tag, String locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** As in {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    /** The browser's locale, sent as {@code Accept-Language}. */
    public String locale() {
        return locale;
    }

    /** The text a person reading this language sees. */
    public String pick(String french, String english) {
        return this == FR ? french : english;
    }
}
