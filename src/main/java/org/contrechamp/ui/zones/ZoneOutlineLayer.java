package org.contrechamp.ui.zones;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import com.gluonhq.maps.MapLayer;

import org.contrechamp.core.zone.DrawnZone;

/**
 * The zones the user drew, outlined and named on the map, and the zone being drawn now: its corners,
 * the edges between them and, to the pointer, the edge the next click would add.
 */
final class ZoneOutlineLayer extends MapLayer {

    /** Violet: apart from the kinds' colours of the markers and the declared list's teal and orange. */
    static final Color OUTLINE = Color.web("#6a1b9a");
    private final Canvas canvas = new Canvas();
    private List<DrawnZone> saved = List.of();
    private final List<DrawnZone.Corner> drawing = new ArrayList<>();
    private DrawnZone.Corner pointer;

    ZoneOutlineLayer() {
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
    }

    void setSaved(List<DrawnZone> zones) {
        saved = List.copyOf(zones);
        markDirty();
    }

    List<DrawnZone> saved() {
        return saved;
    }

    void setDrawing(List<DrawnZone.Corner> corners, DrawnZone.Corner towards) {
        drawing.clear();
        drawing.addAll(corners);
        pointer = towards;
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
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setFont(Font.font(13));
        g.setTextAlign(TextAlignment.CENTER);
        for (DrawnZone zone : saved) {
            double[][] xy = screen(zone.corners());
            g.setFill(OUTLINE.deriveColor(0, 1, 1, 0.08));
            g.fillPolygon(xy[0], xy[1], xy[0].length);
            g.setStroke(OUTLINE);
            g.setLineWidth(2);
            g.setLineDashes(8, 5);
            g.strokePolygon(xy[0], xy[1], xy[0].length);
            g.setLineDashes();
            double cx = 0;
            double cy = 0;
            for (int i = 0; i < xy[0].length; i++) {
                cx += xy[0][i] / xy[0].length;
                cy += xy[1][i] / xy[0].length;
            }
            g.setStroke(Color.WHITE);
            g.setLineWidth(3);
            g.strokeText(zone.name(), cx, cy);
            g.setFill(OUTLINE);
            g.fillText(zone.name(), cx, cy);
        }
        if (drawing.isEmpty()) {
            return;
        }
        List<DrawnZone.Corner> line = new ArrayList<>(drawing);
        if (pointer != null) {
            line.add(pointer);
        }
        double[][] xy = screen(line);
        g.setStroke(Color.WHITE);
        g.setLineWidth(5);
        g.strokePolyline(xy[0], xy[1], xy[0].length);
        g.setStroke(OUTLINE);
        g.setLineWidth(2.5);
        g.strokePolyline(xy[0], xy[1], xy[0].length);
        for (int i = 0; i < drawing.size(); i++) {
            g.setFill(Color.WHITE);
            g.fillOval(xy[0][i] - 5, xy[1][i] - 5, 10, 10);
            g.setStroke(OUTLINE);
            g.strokeOval(xy[0][i] - 5, xy[1][i] - 5, 10, 10);
        }
    }

    private double[][] screen(List<DrawnZone.Corner> corners) {
        double[] xs = new double[corners.size()];
        double[] ys = new double[corners.size()];
        for (int i = 0; i < corners.size(); i++) {
            Point2D p = getMapPoint(corners.get(i).lat(), corners.get(i).lon());
            xs[i] = p.getX();
            ys[i] = p.getY();
        }
        return new double[][] {xs, ys};
    }
}
