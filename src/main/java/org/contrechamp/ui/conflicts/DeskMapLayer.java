package org.contrechamp.ui.conflicts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import com.gluonhq.maps.MapLayer;

import org.contrechamp.core.map.FieldOfView;
import org.contrechamp.core.map.WebMercator;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.sighting.Sighting;

/**
 * Both sides of the case on the map, over the sightings: this side's position and fields of view in
 * blue, the other side's in orange, each marker lettered and labelled, a dashed line between them when
 * the camera moved, and the base, if it differs, as a grey ring. Colour is never the only clue: the
 * markers differ in shape (a filled dot here, a square there) and carry their names, on opposite
 * sides so that two markers a few pixels apart keep both readable. Directions typed at the desk
 * (neither side's) are drawn dashed, in green. The duplicates
 * page draws its two records with it too (without a base).
 */
public final class DeskMapLayer extends MapLayer {

    static final Color MINE = Color.web("#0969da");
    static final Color THEIRS = Color.web("#d1242f").interpolate(Color.web("#bf8700"), 0.55);
    private static final Color BASE = Color.web("#6e7781");
    /** Directions typed at the desk, neither side's: dashed, in a third colour. */
    static final Color TYPED = Color.web("#1a7f37");
    private static final double CONE_MIN_PX = 36;
    private static final Font LABEL_FONT = Font.font(null, FontWeight.BOLD, 12);
    /** A marker's radius, and the other side's square's when both stand on one spot (inside the names' offset). */
    private static final double RADIUS = 8;
    private static final double FRAME_RADIUS = 11;
    /** Markers this close (in pixels) stand on one spot. */
    private static final double ONE_SPOT_PX = 3;

    private final Canvas canvas = new Canvas();
    private final DoubleSupplier fieldOfViewDegrees;
    private Version base;
    private Version mine;
    private Version theirs;
    /** The result, when its directions were typed (neither side's); else null. */
    private Sighting typed;
    private String mineLabel = "";
    private String theirsLabel = "";
    private final List<Rectangle2D> labelsDrawn = new ArrayList<>();

    public DeskMapLayer(DoubleSupplier fieldOfViewDegrees) {
        this.fieldOfViewDegrees = fieldOfViewDegrees;
        canvas.setMouseTransparent(true);
        setMouseTransparent(true);
        getChildren().add(canvas);
        visibleProperty().addListener((obs, was, is) -> markDirty());
    }

    public void show(Version base, Version mine, Version theirs, String mineLabel, String theirsLabel) {
        this.base = base;
        this.mine = mine;
        this.theirs = theirs;
        this.mineLabel = mineLabel;
        this.theirsLabel = theirsLabel;
        this.typed = null;
        markDirty();
    }

    /**
     * The result as chosen so far: its fields of view are drawn, dashed, where its directions are
     * neither side's (typed at the desk), so that a typed value is seen before it is stored.
     *
     * @return whether they are drawn
     */
    public boolean showResult(Version result) {
        boolean typedHere = result != null && mine != null && theirs != null && !result.deleted()
                && !result.values().directions().isEmpty()
                && !result.values().directions().equals(mine.values().directions())
                && !result.values().directions().equals(theirs.values().directions());
        Sighting now = typedHere ? result.values() : null;
        if (!java.util.Objects.equals(now, typed)) {
            typed = now;
            markDirty();
        }
        return typedHere;
    }

    public void clear() {
        base = null;
        mine = null;
        theirs = null;
        typed = null;
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
        labelsDrawn.clear();
        if (!isVisible() || mine == null || theirs == null) {
            return;
        }
        Point2D m = at(mine.values());
        Point2D t = at(theirs.values());
        if (base != null && !base.values().position().equals(mine.values().position())
                && !base.values().position().equals(theirs.values().position())) {
            Point2D b = at(base.values());
            g.setStroke(BASE);
            g.setLineWidth(2);
            g.setLineDashes();
            g.strokeOval(b.getX() - 6, b.getY() - 6, 12, 12);
        }
        if (m.distance(t) > 2) {
            g.setStroke(Color.web("#1f2328", 0.7));
            g.setLineWidth(1.5);
            g.setLineDashes(5, 4);
            g.strokeLine(m.getX(), m.getY(), t.getX(), t.getY());
            g.setLineDashes();
        }
        cones(g, theirs.values(), t, THEIRS, false);
        cones(g, mine.values(), m, MINE, false);
        if (typed != null) {
            cones(g, typed, at(typed), TYPED, true);
        }
        // On one spot the dot would hide all but the square's corners: the square is drawn larger, a
        // frame around the dot, so that both sides are seen to stand there.
        marker(g, t, THEIRS, false, theirs.deleted(), m.distance(t) <= ONE_SPOT_PX ? FRAME_RADIUS : RADIUS);
        marker(g, m, MINE, true, mine.deleted(), RADIUS);
        Rectangle2D[] names = PairLabels.place(m, measured(mineLabel), t, measured(theirsLabel));
        label(g, names[0], mineLabel, MINE);
        label(g, names[1], theirsLabel, THEIRS);
    }

    /** The room a name takes on the map, in the labels' font. */
    private static Dimension2D measured(String text) {
        Text shape = new Text(text);
        shape.setFont(LABEL_FONT);
        return new Dimension2D(shape.getLayoutBounds().getWidth(), shape.getLayoutBounds().getHeight());
    }

    /** Where a place is drawn on the map now (tests compare it with the names). */
    Point2D pointOf(double latitude, double longitude) {
        return getMapPoint(latitude, longitude);
    }

    private Point2D at(Sighting s) {
        return getMapPoint(s.position().latitude(), s.position().longitude());
    }

    private void cones(GraphicsContext g, Sighting s, Point2D at, Color colour, boolean dashed) {
        if (s.directions().isEmpty()) {
            return;
        }
        double metersPerPixel = WebMercator.metersPerPixel(s.position().latitude(), shownZoom(s));
        for (FieldOfView.Cone cone : FieldOfView.cones(s, fieldOfViewDegrees.getAsDouble())) {
            double r = Math.max(CONE_MIN_PX, cone.lengthMeters() / metersPerPixel);
            // JavaFX arcs start at 3 o'clock and turn counter-clockwise; bearings start north, clockwise.
            double start = 90 - cone.from() - cone.width();
            ArcType type = cone.isFullCircle() ? ArcType.CHORD : ArcType.ROUND;
            g.setFill(colour.deriveColor(0, 1, 1, 0.2));
            g.fillArc(at.getX() - r, at.getY() - r, 2 * r, 2 * r, start, cone.width(), type);
            g.setStroke(colour);
            g.setLineWidth(dashed ? 2.5 : 2);
            if (dashed) {
                g.setLineDashes(6, 4);
            }
            g.strokeArc(at.getX() - r, at.getY() - r, 2 * r, 2 * r, start, cone.width(), type);
            g.setLineDashes();
        }
    }

    /** The zoom as Gluon draws it, measured from two of its own points (as the sightings layer does). */
    private double shownZoom(Sighting s) {
        double lat = s.position().latitude();
        double lon = s.position().longitude();
        double pixels = getMapPoint(lat, lon + 0.01).getX() - getMapPoint(lat, lon).getX();
        double scale = pixels / (WebMercator.x(lon + 0.01) - WebMercator.x(lon));
        return Math.log(scale / 256.0) / Math.log(2);
    }

    /** A filled dot for this side, a square for the other; crossed when that side deleted the record. */
    private static void marker(GraphicsContext g, Point2D at, Color colour, boolean round, boolean deleted, double r) {
        g.setFill(colour);
        g.setStroke(Color.WHITE);
        g.setLineWidth(2.5);
        if (round) {
            g.fillOval(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
            g.strokeOval(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
        } else {
            g.fillRect(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
            g.strokeRect(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
        }
        if (deleted) {
            g.setLineWidth(2);
            g.strokeLine(at.getX() - r / 2, at.getY() - r / 2, at.getX() + r / 2, at.getY() + r / 2);
            g.strokeLine(at.getX() - r / 2, at.getY() + r / 2, at.getX() + r / 2, at.getY() - r / 2);
        }
    }

    /** Where the names were written at the last drawing, this side's first (tests read them). */
    List<Rectangle2D> labelBounds() {
        return List.copyOf(labelsDrawn);
    }

    /** A side's name in its place (see {@link PairLabels}), white-edged to read over the streets. */
    private void label(GraphicsContext g, Rectangle2D box, String text, Color colour) {
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double x = box.getMinX();
        double y = box.getMinY() + box.getHeight() / 2;
        labelsDrawn.add(box);
        g.setStroke(Color.WHITE);
        g.setLineWidth(3);
        g.strokeText(text, x, y);
        g.setFill(colour.darker());
        g.fillText(text, x, y);
    }
}
