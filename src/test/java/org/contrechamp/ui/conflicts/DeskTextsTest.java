package org.contrechamp.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.scene.input.KeyCode;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.review.ReviewKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The desk's texts that are named by composing a key (per key, per kind of item, per change) exist in
 * both languages: the consistency test only sees keys written whole in the code.
 */
class DeskTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyComposedKeyHasItsText(String language) {
        Messages messages = Messages.forLocale(Locale.forLanguageTag(language));
        List<String> keys = new ArrayList<>();
        for (DeskKey key : DeskKey.all()) {
            keys.add(key.shownKey());
            keys.add(key.labelKey());
        }
        for (ReviewKind kind : ReviewKind.values()) {
            String name = kind.name().toLowerCase(Locale.ROOT);
            keys.add("review.desk.kind." + name);
            keys.add("review.desk.explain." + name);
        }
        keys.add("review.desk.explain.deleted-here");
        keys.add("review.desk.explain.deleted-there");
        for (DeskRow.Change change : DeskRow.Change.values()) {
            keys.add(change.labelKey());
        }
        assertThat(keys).allSatisfy(key -> assertThat(messages.has(key)).as(key).isTrue());
    }

    @Test
    void noTwoKeysOfTheDeskDoTheSameThing() {
        Set<String> seen = new HashSet<>();
        for (DeskKey key : DeskKey.all()) {
            for (KeyCode code : key.codes()) {
                String combination = code + (key.shift() ? "+shift" : "") + (key.shortcut() ? "+shortcut" : "");
                assertThat(seen.add(combination)).as(combination).isTrue();
            }
        }
    }
}
