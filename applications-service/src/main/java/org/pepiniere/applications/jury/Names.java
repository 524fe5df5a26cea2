package org.pepiniere.applications.jury;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The form in which affiliations, organisations and tags are compared: "École Polytechnique " and
 * "ecole  polytechnique" are one school, whoever typed them.
 */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String normalise(String name) {
        var decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        var unaccented = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(unaccented).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    static Set<String> normalise(Set<String> names) {
        return names.stream().map(Names::normalise).filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    private Names() {
    }
}
