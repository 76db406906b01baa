package org.contrechamp.ui.shell;

import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

import org.contrechamp.ui.help.Shortcut;

/**
 * One page of the window (survey, review, conflicts, duplicates, audit, volunteers, statistics …).
 * The shell shows one page at a time and lists them all in its navigation, so that a newcomer finds
 * the coordinator's work without knowing a menu. Each page builds and wires its own view model; the
 * shell only knows this interface.
 */
public interface Page {

    /** A stable name, used to remember the last page and to open a page from a menu or a key. */
    String id();

    /** The name shown in the navigation; it may carry a count ("Conflicts (3)") and change with it. */
    ObservableValue<String> title();

    /** The page's content, built once and kept. */
    Node view();

    /**
     * Whether the page sits beside the window's shared map (pages about places: survey, review,
     * conflicts, duplicates) or takes the whole width (tables and charts: audit, statistics).
     */
    default boolean besideMap() {
        return true;
    }

    /**
     * The share of the window's width the map keeps beside this page, until the user moves the divider
     * (the shell then remembers their choice for this page). Reviewing wants the photo large: less map.
     */
    default double mapShare() {
        return 0.62;
    }

    /** Called each time the page comes into view: a good moment to refresh what it shows. */
    default void shown() {
    }

    /** Called when another page replaces this one. */
    default void hidden() {
    }

    /** The keys this page answers to, for the shortcuts help (F1). */
    default List<Shortcut> shortcuts() {
        return List.of();
    }
}
