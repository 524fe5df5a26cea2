package org.pepiniere.platform.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** The texts of every bundle pair of one name, merged per language, with what keeps them consistent. */
final class TextBundles {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    /** One bundle: its French and English texts by key. */
    record Pair(String name, Map<String, String> french, Map<String, String> english) {
    }

    private final Map<String, String> french;
    private final Map<String, String> english;

    private TextBundles(Map<String, String> french, Map<String, String> english) {
        this.french = Map.copyOf(french);
        this.english = Map.copyOf(english);
    }

    static TextBundles read(List<Pair> pairs) {
        var faults = faults(pairs);
        if (!faults.isEmpty()) {
            throw new IllegalStateException("Texts are inconsistent: " + String.join("; ", faults));
        }
        var french = new HashMap<String, String>();
        var english = new HashMap<String, String>();
        pairs.forEach(pair -> {
            french.putAll(pair.french());
            english.putAll(pair.english());
        });
        return new TextBundles(french, english);
    }

    /** Keys in one language only, texts whose arguments differ between languages, keys defined twice. */
    static List<String> faults(List<Pair> pairs) {
        var faults = new ArrayList<String>();
        var owners = new HashMap<String, String>();
        for (Pair pair : pairs) {
            var keys = new TreeSet<>(pair.french().keySet());
            keys.addAll(pair.english().keySet());
            for (String key : keys) {
                String french = pair.french().get(key);
                String english = pair.english().get(key);
                if (french == null || english == null) {
                    faults.add(key + " has no " + (french == null ? "French" : "English") + " text in " + pair.name());
                } else if (!arguments(french).equals(arguments(english))) {
                    faults.add(key + " takes other arguments in French and English in " + pair.name());
                }
                String owner = owners.putIfAbsent(key, pair.name());
                if (owner != null) {
                    faults.add(key + " is defined both in " + owner + " and in " + pair.name());
                }
            }
        }
        return faults;
    }

    private static Set<String> arguments(String text) {
        var found = new TreeSet<String>();
        ARGUMENT.matcher(text).results().forEach(match -> found.add(match.group(1)));
        return found;
    }

    @Nullable String text(boolean inEnglish, String key) {
        return (inEnglish ? english : french).get(key);
    }

    Set<String> keys() {
        return french.keySet();
    }
}
