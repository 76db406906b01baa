package org.contrechamp.ui;

import java.util.List;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.contrechamp.core.common.Problem;
import org.contrechamp.core.i18n.Messages;

/**
 * The window on a data directory opened to look at only (docs/adr/0053): a banner under the menus says
 * so, in one line, and offers a copy that can be changed (a damaged settings file, left as it is, is
 * one more sentence there); the menu commands that change records are
 * disabled. Whatever else asks for a change (a page's button) is refused by the data directory itself,
 * with a sentence on the status line.
 */
final class LookOnlyWindow {

    /** The menu commands that change the data directory. */
    static final Set<String> CHANGING_COMMANDS = Set.of("menu.import-photos", "menu.import-folder", "menu.open-area",
            "menu.fetch-area", "menu.undo", "menu.redo", "menu.save", "menu.delete", "menu.add-sighting",
            "menu.draw-zone", "menu.sync");

    /** The warning the banner words; the others (a full disk) are about writing, which looking never does. */
    private static final String SETTINGS_DAMAGED = "settings-damaged-look-only";

    private LookOnlyWindow() {
    }

    /** Puts the banner under the window's menus and disables its changing commands. */
    static void install(MainWindow window, Problem why, List<Problem> warnings, Messages messages, Runnable openCopy) {
        BorderPane root = (BorderPane) window.root();
        Node top = root.getTop();
        if (top instanceof MenuBar menus) {
            disableChangingCommands(menus);
        }
        root.setTop(new VBox(top, banner(why, warnings, messages, openCopy)));
    }

    static Node banner(Problem why, List<Problem> warnings, Messages messages, Runnable openCopy) {
        Label title = new Label("look-only-in-use".equals(why.code())
                ? messages.get("look-only.banner.in-use", why.args().isEmpty() ? "?" : why.args().get(0))
                : messages.get("look-only.banner.not-writable"));
        title.setId("look-only-banner");
        title.getStyleClass().add("look-only-title");
        title.setWrapText(true);
        Label detail = new Label(messages.get("look-only.banner.detail", why.field()));
        detail.setWrapText(true);
        VBox words = new VBox(2, title, detail);
        for (Problem warning : warnings) {
            if (SETTINGS_DAMAGED.equals(warning.code())) {
                Label settings = new Label(messages.get("look-only.banner.settings-damaged", warning.args().get(0)));
                settings.setId("look-only-warning");
                settings.setWrapText(true);
                words.getChildren().add(settings);
            }
        }
        HBox.setHgrow(words, Priority.ALWAYS);
        Button copy = new Button(messages.get("look-only.open-copy"));
        copy.setId("look-only-open-copy");
        copy.setMinWidth(Button.USE_PREF_SIZE);
        copy.setOnAction(e -> openCopy.run());
        HBox banner = new HBox(12, words, copy);
        banner.getStyleClass().add("look-only-banner");
        banner.setFillHeight(false);
        return banner;
    }

    private static void disableChangingCommands(MenuBar menus) {
        for (Menu menu : menus.getMenus()) {
            disableIn(menu);
        }
    }

    private static void disableIn(Menu menu) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                disableIn(sub);
            } else if (item.getId() != null && CHANGING_COMMANDS.contains(item.getId())) {
                item.disableProperty().unbind();
                item.setDisable(true);
            }
        }
    }
}
