package org.pepiniere.applications.calls;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A question of the call, asked on its application form.
 *
 * @param id        the key of the answer in an application ({@code answers.<id>})
 * @param maxLength the longest answer a long text takes; null for the other types
 * @param options   the options of a choice; empty for the other types
 */
public record Question(String id, Bilingual label, QuestionType type, boolean required, @Nullable Integer maxLength,
        List<Choice> options) {

    public Question {
        if (!CallDetails.isKey(id) || label == null || type == null) {
            throw new IllegalArgumentException("a question has an id, a label and a type");
        }
        options = options == null ? List.of() : List.copyOf(options);
    }
}
