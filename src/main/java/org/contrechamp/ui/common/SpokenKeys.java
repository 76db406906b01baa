package org.contrechamp.ui.common;

import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import org.contrechamp.core.i18n.Messages;

/**
 * A menu accelerator that the menus write in the person's language ("Ctrl+Maj+Z" in French). JavaFX
 * draws a menu item's accelerator with {@link KeyCombination#getDisplayText()}, in English whatever
 * the language, and matches it with {@link KeyCombination#match}: this combination matches as the one
 * it wraps and says itself as {@link KeyNames} does.
 */
public final class SpokenKeys extends KeyCombination {

    private final KeyCodeCombination keys;
    private final String text;

    private SpokenKeys(KeyCodeCombination keys, Messages messages) {
        super(keys.getShift(), keys.getControl(), keys.getAlt(), keys.getMeta(), keys.getShortcut());
        this.keys = keys;
        this.text = KeyNames.of(keys, messages);
    }

    /** The combination as JavaFX knows it, for whatever reads its key. */
    public KeyCodeCombination keys() {
        return keys;
    }

    /**
     * Gives every accelerator of these menus, and of their submenus, its name in the messages'
     * language. Call once the menus are built: an item added later keeps JavaFX's name.
     */
    public static void speak(List<Menu> menus, Messages messages) {
        if (KeyNames.MAC) {
            // The system menu bar takes only JavaFX's own combinations, and says them in symbols anyway.
            return;
        }
        for (Menu menu : menus) {
            for (MenuItem item : menu.getItems()) {
                if (item instanceof Menu sub) {
                    speak(List.of(sub), messages);
                } else if (item.getAccelerator() instanceof KeyCodeCombination keys) {
                    item.setAccelerator(new SpokenKeys(keys, messages));
                }
            }
        }
    }

    @Override
    public boolean match(KeyEvent event) {
        return keys.match(event);
    }

    @Override
    public String getName() {
        return keys.getName();
    }

    @Override
    public String getDisplayText() {
        return text;
    }

    /** Equal to another spoken combination of the same keys only: {@link #keys()} compares with JavaFX's. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SpokenKeys spoken && keys.equals(spoken.keys);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }

    @Override
    public String toString() {
        return keys.toString();
    }
}
