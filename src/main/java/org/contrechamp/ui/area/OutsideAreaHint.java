package org.contrechamp.ui.area;

import javafx.beans.value.ObservableObjectValue;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;

import com.gluonhq.maps.MapLayer;

import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.ui.common.KeyNames;

/**
 * A sentence over the map while none of the loaded area is in view (a draft from photos taken far
 * away, a pan too far): a plain grey map with one marker otherwise looks broken, and the way back
 * (View ▸ Back to the area) is said with its key.
 */
final class OutsideAreaHint extends MapLayer {

    /** The combination of View ▸ Back to the area, said in the hint. */
    static final KeyCombination BACK = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final ObservableObjectValue<BoundingBox> area;
    private final Label hint = new Label();

    OutsideAreaHint(Messages messages, ObservableObjectValue<BoundingBox> area) {
        this.area = area;
        hint.setText(messages.get("map.outside-hint", KeyNames.of(BACK, messages)));
        hint.setId("map-outside-hint");
        hint.getStyleClass().add("map-outside-hint");
        hint.setWrapText(true);
        hint.setMouseTransparent(true);
        hint.setVisible(false);
        getChildren().add(hint);
        area.addListener((obs, was, is) -> markDirty());
    }

    @Override
    protected void layoutLayer() {
        BoundingBox box = area.get();
        if (box == null || !(getParent() instanceof Region map) || map.getWidth() <= 0) {
            hint.setVisible(false);
            return;
        }
        Point2D topLeft = getMapPoint(box.maxLat(), box.minLon());
        Point2D bottomRight = getMapPoint(box.minLat(), box.maxLon());
        boolean inView = topLeft != null && bottomRight != null && topLeft.getX() < map.getWidth()
                && bottomRight.getX() > 0 && topLeft.getY() < map.getHeight() && bottomRight.getY() > 0;
        hint.setVisible(!inView);
        if (!inView) {
            double width = Math.min(map.getWidth() - 24, hint.prefWidth(-1));
            hint.resize(width, hint.prefHeight(width));
            hint.relocate((map.getWidth() - width) / 2, 12);
        }
    }
}
