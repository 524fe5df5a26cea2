package org.pepiniere.applications.jury.mongo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.bson.Document;

/**
 * The expertise tags an application asks for: its {@code needs} list when the founders filled it, else their answer to
 * a call question named {@code needs}, split at commas, semicolons and line breaks. The one place that knows both.
 */
final class Needs {

    static final String FIELD = "needs";
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\n]");

    static List<String> of(Document stored, Map<String, String> answers) {
        if (stored.get(FIELD) instanceof List<?> tags) {
            var listed = tags.stream().map(String::valueOf).map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
            if (!listed.isEmpty()) {
                return listed;
            }
        }
        var answer = answers.get(FIELD);
        if (answer == null) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(answer)).map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
    }

    private Needs() {
    }
}
