package org.contrechamp.ui.declared;

import javafx.geometry.Pos;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

import com.gluonhq.maps.MapPoint;

import org.contrechamp.core.declared.DeclaredComparison;
import org.contrechamp.core.declared.DeclaredMatcher;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.map.MapPane;

/**
 * The official list as a layer of the window's map, switched from <em>View</em>: the comparison is made
 * in the background each time the layer is shown and after each fix; a declared site dragged to
 * another place is placed there by hand (as {@code declared place} does), which is how an unsure
 * geocode is put right. A legend over the map gives the counts. A press on a site is taken before the
 * map sees it, so dragging a site never pans the map, and dragging anywhere else still does.
 */
public final class DeclaredOnMap {

    private static final double DRAG_THRESHOLD = 4;

    private final MapPane map;
    private final Workspace workspace;
    private final Messages messages;
    private final TaskRunner tasks;
    private final DeclaredSitesLayer layer = new DeclaredSitesLayer();
    private final Label legend = new Label();
    private final Tooltip hover = new Tooltip();
    private final CheckMenuItem item;
    private DeclaredMarks.Mark pressed;
    private double pressX;
    private double pressY;
    private boolean dragging;
    private boolean swallowClick;

    public DeclaredOnMap(MapPane map, Workspace workspace, Messages messages, TaskRunner tasks) {
        this.map = map;
        this.workspace = workspace;
        this.messages = messages;
        this.tasks = tasks;
        layer.setVisible(false);
        map.mapView().addLayer(layer);
        legend.setId("declared-legend");
        legend.setWrapText(true);
        legend.setMaxWidth(360);
        legend.setMouseTransparent(true);
        legend.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-padding: 6 10; -fx-background-radius: 4;");
        legend.setVisible(false);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        map.getChildren().add(legend);
        item = new CheckMenuItem(messages.get("menu.declared-layer"));
        item.setId("menu.declared-layer");
        item.selectedProperty().addListener((obs, was, is) -> show(is));
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        map.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        map.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        map.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (swallowClick) {
                swallowClick = false;
                e.consume();
            }
        });
        map.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            DeclaredMarks.Mark under = layer.siteAt(e.getX(), e.getY());
            if (under == null) {
                hover.hide();
            } else {
                hover.setText(messages.get(under.unsure() ? "declared.map.site-unsure" : "declared.map.site",
                        under.text()));
                hover.show(map, e.getScreenX() + 14, e.getScreenY() + 14);
            }
        });
    }

    /** The View menu's check box. */
    public CheckMenuItem menuItem() {
        return item;
    }

    private void show(boolean visible) {
        layer.setVisible(visible);
        legend.setVisible(visible);
        if (visible) {
            reload();
        } else {
            hover.hide();
        }
        map.mapView().requestLayout();
    }

    private record Loaded(DeclaredMarks marks, boolean hasList) {
    }

    private void reload() {
        legend.setText(messages.get("declared.map.loading"));
        tasks.submit("declared-map", (p, c) -> {
            if (workspace.declared().info().isEmpty()) {
                return new Loaded(new DeclaredMarks(java.util.List.of(), 0), false);
            }
            DeclaredComparison comparison = workspace.declared().compare(DeclaredMatcher.DEFAULT_DISTANCE_M);
            return new Loaded(DeclaredMarks.of(comparison), true);
        }, loaded -> {
            layer.setMarks(loaded.marks());
            legend.setText(loaded.hasList() ? legendText(loaded.marks()) : messages.get("declared.map.none"));
        }, error -> legend.setText(ErrorMessages.describe(messages, error)));
    }

    private String legendText(DeclaredMarks marks) {
        long seen = marks.marks().stream().filter(m -> m.status() == DeclaredMarks.Status.SEEN).count();
        long notFound = marks.marks().stream().filter(m -> m.status() == DeclaredMarks.Status.NOT_FOUND).count();
        long notDeclared = marks.marks().stream().filter(m -> m.status() == DeclaredMarks.Status.NOT_DECLARED).count();
        return messages.get("declared.map.legend", seen, notFound, notDeclared, marks.unsure(), marks.notPlaced());
    }

    private void pressed(MouseEvent e) {
        pressed = e.getButton() == MouseButton.PRIMARY && !e.isShiftDown() ? layer.siteAt(e.getX(), e.getY()) : null;
        if (pressed != null) {
            pressX = e.getX();
            pressY = e.getY();
            dragging = false;
            e.consume(); // neither a pan nor a marker's drag
        }
    }

    private void dragged(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) >= DRAG_THRESHOLD) {
            dragging = true;
            hover.hide();
        }
        if (dragging) {
            layer.dragTo(pressed.key(), e.getX(), e.getY());
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        DeclaredMarks.Mark site = pressed;
        pressed = null;
        swallowClick = true;
        e.consume();
        if (!dragging) {
            return;
        }
        dragging = false;
        MapPoint to = map.mapView().getMapPosition(e.getX(), e.getY());
        tasks.submit("declared-place", (p, c) -> workspace.declared().place(site.key(), to.getLatitude(),
                to.getLongitude()), placed -> {
                    layer.endDrag();
                    reload();
                }, error -> {
                    layer.endDrag();
                    legend.setText(ErrorMessages.describe(messages, error));
                });
    }
}
