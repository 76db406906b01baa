package org.contrechamp.ui.common;

import java.util.Locale;
import java.util.StringJoiner;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.contrechamp.core.i18n.Messages;

/**
 * A shortcut as the person's language names it: "Ctrl+Maj+Suppr" in French where JavaFX says
 * "Ctrl+Shift+Delete" whatever the language. Used where the window writes shortcuts itself (the
 * keyboard help, tooltips) and, through {@link SpokenKeys}, in the menus.
 * A key without a translated name ({@code key.NAME} in the messages) keeps JavaFX's, which is right
 * for letters, digits, signs and F-keys. On a Mac, JavaFX's symbols (⌘ ⇧ ⌫) are kept: they belong to no language.
 */
public final class KeyNames {

    static final boolean MAC = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");

    private KeyNames() {
    }

    /** The combination's text, its modifiers in JavaFX's order (Ctrl, Alt, Shift). */
    public static String of(KeyCombination keys, Messages messages) {
        if (keys instanceof SpokenKeys spoken) {
            return of(spoken.keys(), messages); // in these messages' language, which may not be the menus'
        }
        if (MAC || !(keys instanceof KeyCodeCombination code)) {
            return keys.getDisplayText();
        }
        StringJoiner text = new StringJoiner("+");
        if (code.getControl() == KeyCombination.ModifierValue.DOWN || code.getShortcut() == KeyCombination.ModifierValue.DOWN) {
            text.add(messages.get("key.modifier.ctrl"));
        }
        if (code.getAlt() == KeyCombination.ModifierValue.DOWN) {
            text.add(messages.get("key.modifier.alt"));
        }
        if (code.getShift() == KeyCombination.ModifierValue.DOWN) {
            text.add(messages.get("key.modifier.shift"));
        }
        if (code.getMeta() == KeyCombination.ModifierValue.DOWN) {
            text.add(messages.get("key.modifier.meta"));
        }
        text.add(of(code.getCode(), messages));
        return text.toString();
    }

    /** One key's name: "Suppr", "Entrée", "Espace" in French; "F1" and "Z" as they are. */
    public static String of(KeyCode key, Messages messages) {
        String translated = "key." + key.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return messages.has(translated) ? messages.get(translated) : new KeyCodeCombination(key).getDisplayText();
    }
}
