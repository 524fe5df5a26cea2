package org.pepiniere.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Every text of the portal exists in French and in English, and every text the pages ask for exists. */
class PortalMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern KEY_IN_SCRIPT = Pattern.compile("\\bt\\('([a-z0-9.-]+)'");
    private static final Pattern KEY_IN_SHELL = Pattern.compile("data-i18n(?:-label)?=\"([a-z0-9.-]+)\"");

    private final Map<String, String> french = messages("fr");
    private final Map<String, String> english = messages("en");

    @Test
    void givesEveryFrenchTextItsEnglishCounterpartAndTheReverse() {
        assertThat(english.keySet()).isEqualTo(french.keySet());
    }

    @Test
    void leavesNoTextEmpty() {
        assertThat(french).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        assertThat(english).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
    }

    @Test
    void fillsTheSamePlaceholdersInBothLanguages() {
        french.forEach((key, text) -> assertThat(placeholders(english.get(key))).as(key).isEqualTo(placeholders(text)));
    }

    @Test
    void hasATextForEveryKeyThePagesAndTheShellAsk() {
        Set<String> asked = new TreeSet<>();
        for (Resource script : resources("classpath:/static/assets/**/*.js")) {
            asked.addAll(matches(KEY_IN_SCRIPT, read(script)));
        }
        asked.addAll(matches(KEY_IN_SHELL, read(resources("classpath:/static/index.html")[0])));

        assertThat(asked).hasSizeGreaterThan(100);
        assertThat(french.keySet()).containsAll(asked);
    }

    private static Map<String, String> messages(String language) {
        var file = resources("classpath:/static/assets/i18n/" + language + ".json")[0];
        return new TreeMap<>(JsonMapper.builder().build().readValue(read(file), new TypeReference<Map<String, String>>() {
        }));
    }

    private static Set<String> placeholders(String text) {
        return matches(PLACEHOLDER, text);
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Resource[] resources(String pattern) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(pattern);
            assertThat(Arrays.stream(found).filter(Resource::exists)).as(pattern).isNotEmpty();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
