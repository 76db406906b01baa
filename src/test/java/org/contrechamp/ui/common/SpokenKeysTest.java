package org.contrechamp.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import org.contrechamp.core.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The menus say their keys in the person's language, and the keys still work. */
class SpokenKeysTest {

    private static final KeyCodeCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.CONTROL_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCodeCombination DELETE = new KeyCodeCombination(KeyCode.DELETE, KeyCombination.CONTROL_DOWN);

    private static KeyEvent pressed(KeyCode code, boolean shift, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, false, false);
    }

    @Test
    void everyAcceleratorOfTheMenusAndTheirSubmenusIsSaidInTheirLanguage() {
        MenuItem redo = new MenuItem("Rétablir");
        redo.setAccelerator(REDO);
        MenuItem delete = new MenuItem("Supprimer");
        delete.setAccelerator(DELETE);
        MenuItem none = new MenuItem("Sans touche");
        Menu edit = new Menu("Édition", null, redo, new Menu("Plus", null, delete), none);

        SpokenKeys.speak(List.of(edit), Messages.forLocale(Locale.FRENCH));

        assertThat(redo.getAccelerator().getDisplayText()).isEqualTo("Ctrl+Maj+Z");
        assertThat(delete.getAccelerator().getDisplayText()).isEqualTo("Ctrl+Suppr");
        assertThat(none.getAccelerator()).isNull();
        assertThat(((SpokenKeys) redo.getAccelerator()).keys()).as("the same keys as before").isEqualTo(REDO);
        assertThat(KeyNames.of(redo.getAccelerator(), Messages.forLocale(Locale.ENGLISH)))
                .as("the help, in another language, names them its way").isEqualTo("Ctrl+Shift+Z");
    }

    @Test
    void aSpokenAcceleratorMatchesTheKeysItWrapsAndNoOthers() {
        MenuItem redo = new MenuItem("Rétablir");
        redo.setAccelerator(REDO);
        SpokenKeys.speak(List.of(new Menu("Édition", null, redo)), Messages.forLocale(Locale.FRENCH));

        assertThat(redo.getAccelerator().match(pressed(KeyCode.Z, true, true))).isTrue();
        assertThat(redo.getAccelerator().match(pressed(KeyCode.Z, false, true))).as("without Shift: undo").isFalse();
        assertThat(redo.getAccelerator().match(pressed(KeyCode.Y, true, true))).isFalse();
    }
}
