package org.contrechamp.ui.help;

/**
 * One entry of the keyboard help: the keys as shown ("Ctrl+Z") and the message key of what they do.
 * Menu items carry their own accelerators; these entries are what menus cannot show (map gestures,
 * compass keys, review keys).
 */
public record Shortcut(String keys, String descriptionKey) {
}
