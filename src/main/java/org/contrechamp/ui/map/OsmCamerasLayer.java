package org.contrechamp.ui.map;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import com.gluonhq.maps.MapLayer;

import org.contrechamp.core.area.OsmCamera;
import org.contrechamp.core.map.MarkerLayout;
import org.contrechamp.core.map.MarkerPoints;
import org.contrechamp.core.map.Viewport;
import org.contrechamp.core.map.WebMercator;

/**
 * The cameras already in OpenStreetMap (from the offline area), as a separate reference layer under
 * the volunteer's sightings: small grey squares, so that what is new stands out. Shown or hidden by
 * the View menu.
 */
public final class OsmCamerasLayer extends MapLayer {

    private static final Color FILL = Color.web("#6e7781", 0.85);
    private final Canvas canvas = new Canvas();
    private final MarkerLayout layout = new MarkerLayout();
    private List<OsmCamera> cameras = List.of();
    private MarkerPoints points = MarkerPoints.of(List.<OsmCamera>of(), c -> 0, c -> 0);

    public OsmCamerasLayer() {
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
    }

    public void setCameras(List<OsmCamera> list) {
        cameras = List.copyOf(list);
        points = MarkerPoints.of(cameras, OsmCamera::lat, OsmCamera::lon);
        markDirty();
    }

    public int size() {
        return cameras.size();
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
        if (!isVisible() || cameras.isEmpty()) {
            return;
        }
        double lat = baseMap.centerLat().get();
        double lon = baseMap.centerLon().get();
        Point2D a = getMapPoint(lat, lon);
        Point2D b = getMapPoint(lat, lon + 0.01);
        double scale = (b.getX() - a.getX()) / (WebMercator.x(lon + 0.01) - WebMercator.x(lon));
        Viewport view = new Viewport(scale, WebMercator.x(lon) - a.getX() / scale, WebMercator.y(lat) - a.getY() / scale,
                bounds.getWidth(), bounds.getHeight(), Math.log(scale / 256) / Math.log(2));
        layout.layout(points, view, 12, 20, false);
        g.setFill(FILL);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.5);
        for (int k = 0; k < layout.singles(); k++) {
            double x = layout.singleX(k);
            double y = layout.singleY(k);
            g.fillRect(x - 4.5, y - 4.5, 9, 9);
            g.strokeRect(x - 4.5, y - 4.5, 9, 9);
        }
    }

    /** The OSM camera drawn at a point of the map view, if any. */
    public OsmCamera cameraAt(double x, double y) {
        if (!isVisible()) {
            return null;
        }
        int index = layout.singleAt(x, y, 8);
        return index < 0 ? null : cameras.get(index);
    }
}
