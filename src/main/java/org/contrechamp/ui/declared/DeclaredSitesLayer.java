package org.contrechamp.ui.declared;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import com.gluonhq.maps.MapLayer;

/**
 * The official list on the window's map, in the PDF's colours: declared sites whose cameras were seen
 * (teal), declared sites with a camera not found (orange), both as diamonds; cameras seen that nobody
 * declared as purple rings round the camera's marker. An unsure site carries a "?" and a dashed ring:
 * drag it to its right place. Drawn over the markers so that a site on a camera can be seen and taken.
 */
final class DeclaredSitesLayer extends MapLayer {

    static final Color SEEN = Color.web("#00695C");
    static final Color NOT_FOUND = Color.web("#E65100");
    static final Color NOT_DECLARED = Color.web("#AD1457");
    /** Pixels round a site's centre where a press takes it. */
    static final double GRAB = 10;

    private final Canvas canvas = new Canvas();
    private DeclaredMarks marks = new DeclaredMarks(List.of(), 0);
    private String dragged;
    private double dragX;
    private double dragY;

    DeclaredSitesLayer() {
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
    }

    void setMarks(DeclaredMarks value) {
        marks = value;
        markDirty();
    }

    DeclaredMarks marks() {
        return marks;
    }

    /** The declared site drawn under a point of the map, or null (none, or the layer is hidden). */
    DeclaredMarks.Mark siteAt(double x, double y) {
        if (!isVisible() || baseMap == null) {
            return null;
        }
        DeclaredMarks.Mark best = null;
        double bestDistance = GRAB;
        for (DeclaredMarks.Mark m : marks.marks()) {
            if (!m.isSite()) {
                continue;
            }
            Point2D p = getMapPoint(m.lat(), m.lon());
            double d = Math.hypot(p.getX() - x, p.getY() - y);
            if (d <= bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    void dragTo(String key, double x, double y) {
        dragged = key;
        dragX = x;
        dragY = y;
        markDirty();
    }

    void endDrag() {
        dragged = null;
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        Bounds bounds = getParent() == null ? null : getParent().getLayoutBounds();
        if (bounds == null || bounds.getWidth() <= 0 || baseMap == null) {
            return;
        }
        canvas.setWidth(bounds.getWidth());
        canvas.setHeight(bounds.getHeight());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (!isVisible()) {
            return;
        }
        g.setFont(Font.font(null, FontWeight.BOLD, 11));
        g.setTextAlign(TextAlignment.CENTER);
        for (DeclaredMarks.Mark m : marks.marks()) {
            Point2D p = getMapPoint(m.lat(), m.lon());
            double x = m.key().equals(dragged) ? dragX : p.getX();
            double y = m.key().equals(dragged) ? dragY : p.getY();
            if (x < -20 || y < -20 || x > bounds.getWidth() + 20 || y > bounds.getHeight() + 20) {
                continue;
            }
            if (!m.isSite()) {
                g.setStroke(NOT_DECLARED);
                g.setLineWidth(3);
                g.strokeOval(x - 12, y - 12, 24, 24);
                continue;
            }
            Color colour = m.status() == DeclaredMarks.Status.SEEN ? SEEN : NOT_FOUND;
            double[] xs = {x, x + 8, x, x - 8};
            double[] ys = {y - 8, y, y + 8, y};
            g.setFill(colour);
            g.fillPolygon(xs, ys, 4);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokePolygon(xs, ys, 4);
            if (m.unsure()) {
                g.setStroke(colour);
                g.setLineWidth(2);
                g.setLineDashes(4, 3);
                g.strokeOval(x - 14, y - 14, 28, 28);
                g.setLineDashes();
                g.setFill(Color.WHITE);
                g.fillText("?", x, y + 4);
            }
        }
    }
}
