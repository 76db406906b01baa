package org.contrechamp.ui.map;

import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.Tooltip;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Whether a menu, a context menu or a drop-down list is open, or was closed a moment ago. A press
 * that lands on the map then is the press that closes it (the toolkit may hide the menu before or
 * after the map sees the press): the map must not act on it.
 */
final class PopupsOpen {

    /** Longer than the toolkit takes from hiding a menu to delivering the press, shorter than a person. */
    private static final long JUST_NOW_NANOS = 250_000_000L;

    private long lastClosed = Long.MIN_VALUE / 2;

    /** Held here and listened to weakly: a window rebuilt (new language) leaves no listener behind. */
    private final ListChangeListener<Window> onWindows = change -> {
        while (change.next()) {
            if (change.wasRemoved() && change.getRemoved().stream().anyMatch(PopupsOpen::isMenuLike)) {
                lastClosed = System.nanoTime();
            }
        }
    };

    PopupsOpen() {
        Window.getWindows().addListener(new WeakListChangeListener<>(onWindows));
    }

    /** Whether a menu-like popup is showing now, or was hidden a moment ago. */
    boolean openOrJustClosed() {
        if (System.nanoTime() - lastClosed < JUST_NOW_NANOS) {
            return true;
        }
        return Window.getWindows().stream().anyMatch(w -> isMenuLike(w) && w.isShowing());
    }

    /** Tooltips are popups too, but hovering one is no menu to close. */
    private static boolean isMenuLike(Window w) {
        return w instanceof PopupWindow && !(w instanceof Tooltip);
    }
}
