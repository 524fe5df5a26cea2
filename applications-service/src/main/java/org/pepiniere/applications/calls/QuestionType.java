package org.pepiniere.applications.calls;

/** What kind of answer a call's question expects. */
public enum QuestionType {
    SHORT_TEXT, LONG_TEXT, NUMBER, SINGLE_CHOICE, MULTIPLE_CHOICE, DATE;

    boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
