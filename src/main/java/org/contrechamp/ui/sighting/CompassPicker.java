package org.contrechamp.ui.sighting;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.contrechamp.core.sighting.Direction;

/**
 * A compass rose to set where cameras look: press and drag to point a needle (the nearest one, or
 * the first); Shift+click adds a needle (several cameras on one pole); arrow keys turn the first
 * needle by 5° (1° with Shift); Delete removes all. Sectors are shown but edited as text.
 */
public final class CompassPicker extends Region {

    private static final double SIZE = 132;
    private static final double GRAB_DEGREES = 25;

    private final ObjectProperty<List<Direction>> directions = new SimpleObjectProperty<>(List.of());
    private final Canvas canvas = new Canvas(SIZE, SIZE);
    private int dragged = -1;

    /** The four cardinal letters in the user's language (N, E, S, W or N, E, S, O). */
    private final String[] cardinals;

    public CompassPicker(String accessibleName, String cardinalLetters) {
        this.cardinals = cardinalLetters.split(",");
        getStyleClass().add("compass-picker");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.SLIDER);
        setAccessibleText(accessibleName);
        setMinSize(SIZE, SIZE);
        setPrefSize(SIZE, SIZE);
        setMaxSize(SIZE, SIZE);
        directions.addListener((obs, was, is) -> draw());
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(e -> dragged = -1);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        focusedProperty().addListener((obs, was, is) -> draw());
        draw();
    }

    public ObjectProperty<List<Direction>> directionsProperty() {
        return directions;
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        double bearing = bearingAt(e.getX(), e.getY());
        List<Direction> list = new ArrayList<>(directions.get());
        int nearest = nearestBearing(list, bearing);
        if (e.isShiftDown() || list.isEmpty()) {
            list.add(Direction.bearing(bearing));
            dragged = list.size() - 1;
        } else {
            dragged = nearest >= 0 ? nearest : firstBearing(list);
            if (dragged < 0) {
                list.add(Direction.bearing(bearing));
                dragged = list.size() - 1;
            } else {
                list.set(dragged, Direction.bearing(bearing));
            }
        }
        directions.set(List.copyOf(list));
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (dragged < 0 || dragged >= directions.get().size()) {
            return;
        }
        List<Direction> list = new ArrayList<>(directions.get());
        list.set(dragged, Direction.bearing(bearingAt(e.getX(), e.getY())));
        directions.set(List.copyOf(list));
        e.consume();
    }

    private void key(KeyEvent e) {
        List<Direction> list = new ArrayList<>(directions.get());
        int step = e.isShiftDown() ? 1 : 5;
        if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.UP || e.getCode() == KeyCode.LEFT
                || e.getCode() == KeyCode.DOWN) {
            int sign = e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.UP ? 1 : -1;
            int index = firstBearing(list);
            double from = index < 0 ? 0 : ((Direction.Bearing) list.get(index)).degrees();
            double next = ((Math.round(from) + sign * step) % 360 + 360) % 360;
            if (index < 0) {
                list.add(0, Direction.bearing(next));
            } else {
                list.set(index, Direction.bearing(next));
            }
            directions.set(List.copyOf(list));
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            directions.set(List.of());
            e.consume();
        }
    }

    /** Whole degrees clockwise from north for a point on the canvas. */
    private static double bearingAt(double x, double y) {
        double dx = x - SIZE / 2;
        double dy = y - SIZE / 2;
        double degrees = Math.toDegrees(Math.atan2(dx, -dy));
        return (Math.round(degrees) % 360 + 360) % 360;
    }

    private static int nearestBearing(List<Direction> list, double bearing) {
        int best = -1;
        double bestGap = GRAB_DEGREES;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Direction.Bearing b) {
                double gap = Math.abs(((b.degrees() - bearing) % 360 + 540) % 360 - 180);
                if (gap <= bestGap) {
                    bestGap = gap;
                    best = i;
                }
            }
        }
        return best;
    }

    private static int firstBearing(List<Direction> list) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Direction.Bearing) {
                return i;
            }
        }
        return -1;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double c = SIZE / 2;
        double r = c - 14;
        g.clearRect(0, 0, SIZE, SIZE);
        g.setFill(Color.web("#f6f8fa"));
        g.fillOval(c - r, c - r, 2 * r, 2 * r);
        g.setStroke(isFocused() ? Color.web("#0969da") : Color.web("#8c959f"));
        g.setLineWidth(isFocused() ? 2 : 1);
        g.strokeOval(c - r, c - r, 2 * r, 2 * r);
        g.setStroke(Color.web("#afb8c1"));
        g.setLineWidth(1);
        for (int deg = 0; deg < 360; deg += 30) {
            double a = Math.toRadians(deg);
            double inner = deg % 90 == 0 ? r - 9 : r - 5;
            g.strokeLine(c + Math.sin(a) * inner, c - Math.cos(a) * inner, c + Math.sin(a) * r, c - Math.cos(a) * r);
        }
        g.setFill(Color.web("#57606a"));
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(cardinals[0], c, 11);
        g.fillText(cardinals[2], c, SIZE - 2);
        g.fillText(cardinals[1], SIZE - 6, c + 4);
        g.fillText(cardinals[3], 6, c + 4);
        for (Direction d : directions.get()) {
            if (d instanceof Direction.Sector sector) {
                g.setFill(Color.web("#0969da", 0.18));
                // JavaFX arcs start at 3 o'clock and turn counter-clockwise.
                g.fillArc(c - r, c - r, 2 * r, 2 * r, 90 - sector.from(), -sector.width(),
                        javafx.scene.shape.ArcType.ROUND);
            }
            double a = Math.toRadians(d.centre());
            g.setStroke(Color.web("#cf222e"));
            g.setLineWidth(3);
            g.strokeLine(c, c, c + Math.sin(a) * (r - 4), c - Math.cos(a) * (r - 4));
        }
        g.setFill(Color.web("#24292f"));
        g.fillOval(c - 3, c - 3, 6, 6);
    }
}
