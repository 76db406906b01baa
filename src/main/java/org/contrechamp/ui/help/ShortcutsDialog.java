package org.contrechamp.ui.help;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import org.contrechamp.ui.common.DialogButtons;
import org.contrechamp.ui.common.KeyNames;
import org.contrechamp.core.i18n.Messages;

/**
 * The keyboard help (F1): the keys of the page in view, then every menu command with its shortcut,
 * read from the menus themselves so that it can never disagree with them, then the gestures and keys
 * that menus cannot show. The keys
 * are named in the help's language ({@link KeyNames}): "Ctrl+Suppr" in French, where the menus, drawn
 * by JavaFX, say "Ctrl+Delete".
 */
public final class ShortcutsDialog extends Dialog<Void> {

    public ShortcutsDialog(Messages messages, MenuBar menus, List<Shortcut> others) {
        this(messages, menus, List.of(), others);
    }

    /**
     * @param pageKeys the keys of the page in view, listed first: F1 is pressed to learn what can be
     *                 done here, and those were at the bottom, under some sixty lines of menus
     * @param others   every other key and gesture, after the menus
     */
    public ShortcutsDialog(Messages messages, MenuBar menus, List<Shortcut> pageKeys, List<Shortcut> others) {
        setTitle(messages.get("help.shortcuts.title"));
        setHeaderText(messages.get("help.shortcuts.header"));
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        int[] row = {0};
        for (Shortcut shortcut : pageKeys) {
            grid.addRow(row[0]++, keys(shortcut.keys()), description(messages.get(shortcut.descriptionKey())));
        }
        for (Menu menu : menus.getMenus()) {
            addItems(grid, row, menu, messages);
        }
        for (Shortcut shortcut : others) {
            grid.addRow(row[0]++, keys(shortcut.keys()), description(messages.get(shortcut.descriptionKey())));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        scroll.setPrefViewportWidth(640);
        getDialogPane().setContent(scroll);
        getDialogPane().getButtonTypes().add(DialogButtons.close(messages));
    }

    /** A menu's commands with a shortcut, those of its submenus (View ▸ Go to) included. */
    private static void addItems(GridPane grid, int[] row, Menu menu, Messages messages) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                addItems(grid, row, submenu, messages);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                // Bound, not copied: Undo and Redo name the edit they would take back ("Undo: move
                // sighting"), and the help says what the menu says now.
                Label description = description(item.getText());
                description.textProperty().bind(item.textProperty());
                grid.addRow(row[0]++, keys(KeyNames.of(item.getAccelerator(), messages)), description);
            }
        }
    }

    /** Keys are never cut: "Revue : Entrée" must stay readable whatever the language. */
    private static Label keys(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("shortcut-keys");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Long descriptions wrap instead of widening the dialog past a small screen. */
    private static Label description(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
