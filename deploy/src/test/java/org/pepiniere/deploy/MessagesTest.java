package org.pepiniere.deploy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the launcher tells the person, in French by default and in English. */
class MessagesTest {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale ENGLISH = Locale.ENGLISH;

    @Test
    void saysEverythingInBothLanguages() {
        ResourceBundle french = bundle(FRENCH);
        ResourceBundle english = bundle(ENGLISH);

        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(french.keySet());
        for (String key : french.keySet()) {
            assertThat(english.getString(key)).as(key).isNotEqualTo(french.getString(key));
        }
    }

    @Test
    void namesTheStoreItCannotOpenAndWhatToDo() {
        Path store = Path.of("data", "mongo", "pepiniere.mv");

        assertThat(Messages.get(FRENCH, "mongo.unreadable", store, "File is corrupted"))
                .contains(store.toString(), "File is corrupted", "déplacez-la", "base vide");
        assertThat(Messages.get(ENGLISH, "mongo.unreadable", store, "File is corrupted"))
                .contains(store.toString(), "File is corrupted", "move it elsewhere", "empty store");
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.pepiniere.deploy.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
