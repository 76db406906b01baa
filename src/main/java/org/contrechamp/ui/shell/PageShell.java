package org.contrechamp.ui.shell;

import java.util.HashMap;
import java.util.Map;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.contrechamp.core.i18n.Messages;

/**
 * The window's pages on screen: a bar down the left with every page's title (and count), and the page
 * shown beside it, either next to the window's one map or across the whole width. Each page keeps the
 * map width the user last gave it. Keys and the <i>View ▸ Go to</i> menu come from here too, so the
 * bar, the keys and the menu always list the same pages in the same order.
 */
public final class PageShell {

    private final Messages messages;
    private final Pages pages;
    private final BorderPane root = new BorderPane();
    private final VBox bar = new VBox();
    private final ToggleGroup barGroup = new ToggleGroup();
    private final StackPane pageArea = new StackPane();
    private final SplitPane besideMap;
    private final Map<String, Double> mapShares = new HashMap<>();
    private Page shownBesideMap;

    /** @param map the window's map, shared by every page that sits beside it */
    public PageShell(Messages messages, Node map, Pages pages) {
        this.messages = messages;
        this.pages = pages;
        besideMap = new SplitPane(map, pageArea);
        besideMap.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(pageArea, false);
        bar.getStyleClass().add("page-bar");
        bar.setFillWidth(true);
        root.setLeft(bar);
        root.getStyleClass().add("page-shell");
        pages.currentProperty().addListener((obs, was, is) -> showPage(was, is));
    }

    /** Adds a page to the model and the bar: the one line a page needs to be in the window. */
    public PageShell add(Page page) {
        ToggleButton button = new ToggleButton();
        button.textProperty().bind(page.title());
        button.setId("nav-" + page.id());
        button.getStyleClass().add("page-bar-button");
        button.setToggleGroup(barGroup);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinWidth(Region.USE_PREF_SIZE); // a title is never cut: the bar widens
        button.setUserData(page);
        // A pressed page stays pressed: clicking it again does not leave the bar without a page.
        button.setOnAction(e -> {
            pages.show(page.id());
            button.setSelected(pages.current() == page);
        });
        bar.getChildren().add(button);
        pages.add(page);
        int key = pages.keyOf(page);
        if (key > 0) {
            button.setTooltip(new Tooltip(messages.get("shell.key-tip", key)));
        }
        return this;
    }

    public Pages pages() {
        return pages;
    }

    public Node view() {
        return root;
    }

    /**
     * <i>Go to</i>: one item per page with its key (Ctrl+1 …), the page shown ticked. Build it once all
     * pages are added.
     */
    public Menu goToMenu() {
        Menu menu = new Menu(messages.get("menu.go-to"));
        menu.setId("menu.go-to");
        ToggleGroup group = new ToggleGroup();
        for (Page page : pages.all()) {
            RadioMenuItem item = new RadioMenuItem();
            item.textProperty().bind(page.title());
            item.setId("menu.go-to." + page.id());
            item.setToggleGroup(group);
            item.setSelected(pages.current() == page);
            int key = pages.keyOf(page);
            if (key > 0) {
                item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(key)),
                        KeyCombination.SHORTCUT_DOWN));
            }
            item.setOnAction(e -> pages.show(page.id()));
            pages.currentProperty().addListener((obs, was, is) -> item.setSelected(is == page));
            menu.getItems().add(item);
        }
        return menu;
    }

    private void showPage(Page was, Page is) {
        if (is == null) {
            return;
        }
        if (shownBesideMap != null && was == shownBesideMap && !besideMap.getDividers().isEmpty()) {
            mapShares.put(was.id(), besideMap.getDividerPositions()[0]);
        }
        for (Node node : bar.getChildren()) {
            ((ToggleButton) node).setSelected(node.getUserData() == is);
        }
        Node view = is.view();
        VBox.setVgrow(view, Priority.ALWAYS);
        if (is.besideMap()) {
            pageArea.getChildren().setAll(view);
            root.setCenter(besideMap);
            besideMap.setDividerPositions(mapShares.getOrDefault(is.id(), is.mapShare()));
            shownBesideMap = is;
        } else {
            pageArea.getChildren().clear();
            root.setCenter(view);
            shownBesideMap = null;
        }
    }
}
