package org.contrechamp.ui.help;

import java.util.List;

import org.contrechamp.core.i18n.Messages;

/** The gestures and keys of the map and the form that no menu can show, named in the user's language. */
public final class MapGestures {

    private MapGestures() {
    }

    public static List<Shortcut> all(Messages messages) {
        return List.of(
                new Shortcut(messages.get("gesture.double-click"), "help.map-click"),
                new Shortcut(messages.get("gesture.drag"), "help.map-drag"),
                new Shortcut(messages.get("gesture.drag-marker"), "help.marker-drag"),
                new Shortcut(messages.get("gesture.shift-drag"), "help.map-shift-drag"),
                new Shortcut(messages.get("gesture.wheel"), "help.map-wheel"),
                new Shortcut("← → ↑ ↓", "help.compass-keys"),
                new Shortcut(messages.get("gesture.shift-click"), "help.compass-add"),
                new Shortcut(messages.get("gesture.tab"), "help.tab"));
    }
}
