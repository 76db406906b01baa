package org.contrechamp.ui.map;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;

import com.gluonhq.maps.MapLayer;

import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.coverage.Coverage;
import org.contrechamp.core.coverage.StreetCoverage;
import org.contrechamp.core.coverage.StreetState;
import org.contrechamp.core.i18n.Messages;

/**
 * Coverage on the window's map: each street of the area in the colour of its state, with a legend in
 * the lower-left corner. The colours are from Okabe and Ito's palette, told apart by readers with any
 * common colour blindness (orange, blue, reddish purple), and the streets never visited are also
 * dashed, so the state does not rest on colour alone. Shown or hidden by the View menu.
 */
public final class CoverageLayer extends MapLayer {

    static final Color WITH_CAMERAS = Color.web("#E69F00");
    static final Color WALKED = Color.web("#0072B2");
    static final Color NEVER_VISITED = Color.web("#CC79A7");

    private final Canvas canvas = new Canvas();
    private final VBox legend = new VBox(2);
    private List<StreetCoverage> streets = List.of();

    public CoverageLayer(Messages messages) {
        canvas.setMouseTransparent(true);
        legend.getStyleClass().add("coverage-legend");
        legend.setId("coverage-legend");
        legend.setPadding(new Insets(6, 8, 6, 8));
        legend.setStyle("-fx-background-color: rgba(255,255,255,0.88); -fx-background-radius: 4;");
        legend.setMouseTransparent(true);
        Label title = new Label(messages.get("coverage.legend.title"));
        title.setStyle("-fx-font-weight: bold; -fx-text-fill: #222;");
        legend.getChildren().addAll(title, entry(messages, StreetState.WITH_CAMERAS), entry(messages, StreetState.WALKED),
                entry(messages, StreetState.NEVER_VISITED));
        legend.setManaged(false);
        getChildren().addAll(canvas, legend);
        setVisible(false);
    }

    private static HBox entry(Messages messages, StreetState state) {
        Line sample = new Line(0, 0, 22, 0);
        sample.setStroke(colour(state));
        sample.setStrokeWidth(4);
        if (state == StreetState.NEVER_VISITED) {
            sample.getStrokeDashArray().setAll(6.0, 4.0);
        }
        Label text = new Label(messages.get(state.labelKey()));
        text.setStyle("-fx-text-fill: #222;");
        HBox line = new HBox(6, sample, text);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return line;
    }

    static Color colour(StreetState state) {
        return switch (state) {
            case WITH_CAMERAS -> WITH_CAMERAS;
            case WALKED -> WALKED;
            case NEVER_VISITED -> NEVER_VISITED;
        };
    }

    /** Shows a coverage; null clears the layer. */
    public void setCoverage(Coverage coverage) {
        streets = coverage == null ? List.of() : coverage.streets();
        markDirty();
    }

    public int streetCount() {
        return streets.size();
    }

    /** The legend, for tests. */
    public VBox legend() {
        return legend;
    }

    @Override
    protected void layoutLayer() {
        Bounds bounds = getParent() == null ? null : getParent().getLayoutBounds();
        if (bounds == null || bounds.getWidth() <= 0 || baseMap == null) {
            return;
        }
        canvas.setWidth(bounds.getWidth());
        canvas.setHeight(bounds.getHeight());
        legend.autosize();
        legend.relocate(10, bounds.getHeight() - legend.getHeight() - 10);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (!isVisible() || streets.isEmpty()) {
            return;
        }
        g.setLineCap(StrokeLineCap.ROUND);
        // never visited first, so that what was done draws over it where streets meet
        for (StreetState state : new StreetState[] {StreetState.NEVER_VISITED, StreetState.WALKED, StreetState.WITH_CAMERAS}) {
            g.setStroke(colour(state));
            g.setLineWidth(state == StreetState.WITH_CAMERAS ? 5 : 4);
            g.setLineDashes(state == StreetState.NEVER_VISITED ? new double[] {6, 4} : null);
            for (StreetCoverage street : streets) {
                if (street.state() == state) {
                    for (Geometry way : street.geometry()) {
                        stroke(g, way, bounds);
                    }
                }
            }
        }
        g.setLineDashes(null);
    }

    private void stroke(GraphicsContext g, Geometry way, Bounds bounds) {
        for (int p = 0; p < way.partCount(); p++) {
            int n = way.pointCount(p);
            if (n < 2) {
                continue;
            }
            g.beginPath();
            for (int i = 0; i < n; i++) {
                Point2D at = getMapPoint(way.lat(p, i), way.lon(p, i));
                if (i == 0) {
                    g.moveTo(at.getX(), at.getY());
                } else {
                    g.lineTo(at.getX(), at.getY());
                }
            }
            g.stroke();
        }
    }
}
