package org.pepiniere.applications.applying;

final class Texts {

    static String require(String what, String value, int min, int max) {
        if (value == null || value.strip().length() < min || value.length() > max) {
            throw new IllegalArgumentException(what + " must be " + min + " to " + max + " characters");
        }
        return value;
    }

    private Texts() {
    }
}
