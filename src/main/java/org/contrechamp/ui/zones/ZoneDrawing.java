package org.contrechamp.ui.zones;

import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.core.zone.DrawnZone;
import org.contrechamp.ui.common.DialogButtons;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.map.MapPane;

/**
 * Zones drawn on the window's map: <em>View › Draw a zone</em> starts the drawing tool, the closed
 * zone is named and kept (per area, on this computer) in the background; <em>View › Drawn zones…</em>
 * lists them and deletes one. They are outlined on the map and offered wherever a zone is chosen.
 */
public final class ZoneDrawing {

    private final MapPane map;
    private final Workspace workspace;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ZoneOutlineLayer layer = new ZoneOutlineLayer();
    private final ZoneDrawingTool tool;

    public ZoneDrawing(MapPane map, Workspace workspace, Messages messages, TaskRunner tasks) {
        this.map = map;
        this.workspace = workspace;
        this.messages = messages;
        this.tasks = tasks;
        map.mapView().addLayer(layer);
        tool = new ZoneDrawingTool(map, layer, messages);
        reload();
    }

    /** The View menu's items: draw a zone, and the list of drawn zones. */
    public List<MenuItem> menuItems() {
        MenuItem draw = new MenuItem(messages.get("menu.draw-zone"));
        draw.setId("menu.draw-zone");
        draw.setOnAction(e -> startDrawing());
        MenuItem list = new MenuItem(messages.get("menu.drawn-zones"));
        list.setId("menu.drawn-zones");
        list.setOnAction(e -> showList());
        return List.of(draw, list);
    }

    /** Starts the drawing tool (the menu item does this). */
    public void startDrawing() {
        tool.start(this::name);
    }

    boolean drawing() {
        return tool.isActive();
    }

    private void reload() {
        tasks.submit("drawn-zones", (p, c) -> workspace.drawnZones().list(), layer::setSaved, this::failed);
    }

    /** Asks the closed zone's name, and asks again (saying why) when it cannot be kept under that name. */
    private void name(List<DrawnZone.Corner> corners) {
        name(corners, "", null);
    }

    private void name(List<DrawnZone.Corner> corners, String typed, String problem) {
        TextInputDialog ask = new TextInputDialog(typed);
        ask.initOwner(window());
        ask.setTitle(messages.get("zones.name.title"));
        ask.setHeaderText(problem == null ? messages.get("zones.name.header", corners.size()) : problem);
        ask.setContentText(messages.get("zones.name.label"));
        ask.getEditor().setId("zone-name");
        ask.showAndWait().ifPresent(name -> tasks.submit("drawn-zone-add",
                (p, c) -> workspace.drawnZones().add(name, corners), added -> reload(),
                error -> {
                    if (error instanceof org.contrechamp.core.common.InvalidInputException) {
                        name(corners, name, ErrorMessages.describe(messages, error));
                    } else {
                        failed(error);
                    }
                }));
    }

    private void showList() {
        ListView<String> names = new ListView<>();
        names.setId("drawn-zones-list");
        names.setPrefHeight(220);
        names.getItems().setAll(layer.saved().stream().map(DrawnZone::name).toList());
        Label empty = new Label(messages.get("zones.list.empty"));
        names.setPlaceholder(empty);
        Button delete = new Button(messages.get("zones.list.delete"));
        delete.setId("drawn-zone-delete");
        delete.disableProperty().bind(names.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            String chosen = names.getSelectionModel().getSelectedItem();
            tasks.submit("drawn-zone-delete", (p, c) -> {
                workspace.drawnZones().delete(chosen);
                return workspace.drawnZones().list();
            }, left -> {
                layer.setSaved(left);
                names.getItems().setAll(left.stream().map(DrawnZone::name).toList());
            }, this::failed);
        });
        Button draw = new Button(messages.get("menu.draw-zone"));
        Alert dialog = new Alert(Alert.AlertType.NONE, "", DialogButtons.close(messages));
        draw.setOnAction(e -> {
            dialog.close();
            startDrawing();
        });
        dialog.initOwner(window());
        dialog.setTitle(messages.get("zones.list.title"));
        dialog.setHeaderText(messages.get("zones.list.header"));
        dialog.getDialogPane().setContent(new VBox(8, names, new HBox(8, delete, draw)));
        dialog.show();
    }

    private void failed(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, ErrorMessages.describe(messages, error),
                DialogButtons.close(messages));
        alert.initOwner(window());
        alert.setHeaderText(null);
        alert.show();
    }

    private Window window() {
        return map.getScene() == null ? null : map.getScene().getWindow();
    }
}
