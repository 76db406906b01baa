package org.contrechamp.ui.conflicts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.ui.common.TaskRunner;

/**
 * Both photo sets of a case, one row each, as small thumbnails read in the background. A photo this
 * computer does not hold (the other side's, not received yet) is a placeholder that says so: the desk
 * decides on fields, and a missing picture must never stop it.
 */
public final class DeskPhotos extends HBox {

    /** A photo's small picture, if this computer has one. Blocks: called in the background. */
    @FunctionalInterface
    public interface Preview {
        Optional<Image> of(String sha256);
    }

    private static final double WIDTH = 76;
    private static final double HEIGHT = 56;
    private static final int CACHE = 200;

    private final Messages messages;
    private final TaskRunner tasks;
    private final Preview preview;
    private final Label mineTitle = new Label();
    private final Label theirsTitle = new Label();
    private final FlowPane mine = new FlowPane(4, 4);
    private final FlowPane theirs = new FlowPane(4, 4);
    private final Map<String, Optional<Image>> cache = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Image>> eldest) {
            return size() > CACHE;
        }
    };
    private int shown;

    public DeskPhotos(Messages messages, TaskRunner tasks, Preview preview) {
        super(16);
        this.messages = messages;
        this.tasks = tasks;
        this.preview = preview;
        getStyleClass().add("desk-photos");
        // Side by side, as the columns are: here on the left, theirs on the right.
        getChildren().addAll(side(mineTitle, mine), side(theirsTitle, theirs));
    }

    private static VBox side(Label title, FlowPane photos) {
        title.getStyleClass().add("form-label");
        title.setWrapText(true);
        VBox side = new VBox(2, title, photos);
        side.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(side, Priority.ALWAYS);
        side.setMaxWidth(Double.MAX_VALUE);
        side.setPrefWidth(0); // both halves share the width equally, whatever their photos
        return side;
    }

    public void show(String mineLabel, List<String> minePhotos, String theirsLabel, List<String> theirsPhotos) {
        int showing = ++shown;
        mineTitle.setText(mineLabel);
        theirsTitle.setText(theirsLabel);
        fill(mine, minePhotos, theirsPhotos, showing);
        fill(theirs, theirsPhotos, minePhotos, showing);
    }

    private void fill(FlowPane pane, List<String> photos, List<String> other, int showing) {
        pane.getChildren().clear();
        if (photos.isEmpty()) {
            Label none = new Label(messages.get("photo.strip.none"));
            none.getStyleClass().add("form-help");
            pane.getChildren().add(none);
            return;
        }
        for (String sha256 : photos) {
            pane.getChildren().add(tile(sha256, !other.contains(sha256), showing));
        }
    }

    private StackPane tile(String sha256, boolean onlyHere, int showing) {
        ImageView image = new ImageView();
        image.setFitWidth(WIDTH);
        image.setFitHeight(HEIGHT);
        image.setPreserveRatio(true);
        StackPane tile = new StackPane(image);
        tile.setMinSize(WIDTH, HEIGHT);
        tile.setPrefSize(WIDTH, HEIGHT);
        tile.getStyleClass().add("desk-photo");
        if (onlyHere) {
            tile.getStyleClass().add("desk-photo-only");
        }
        String name = sha256.length() > 12 ? sha256.substring(0, 12) : sha256;
        String said = messages.get(onlyHere ? "review.desk.photo-only" : "review.desk.photo-both", name);
        tile.setAccessibleText(said);
        // A tooltip costs a popup: made when the pointer first comes, not for every photo of every item.
        tile.setOnMouseEntered(e -> {
            if (tile.getProperties().putIfAbsent(Tooltip.class, said) == null) {
                Tooltip.install(tile, new Tooltip(said));
            }
        });
        Optional<Image> known;
        synchronized (cache) {
            known = cache.get(sha256);
        }
        if (known != null) {
            place(tile, image, known);
            return tile;
        }
        tasks.submit("desk photo", (p, c) -> {
            Optional<Image> found = preview.of(sha256);
            synchronized (cache) {
                cache.put(sha256, found);
            }
            return found;
        }, found -> {
            if (showing == shown) {
                place(tile, image, found);
            }
        }, error -> place(tile, image, Optional.empty()));
        return tile;
    }

    private void place(StackPane tile, ImageView view, Optional<Image> image) {
        if (image.isPresent()) {
            view.setImage(image.get());
            return;
        }
        Label missing = new Label(messages.get("review.desk.photo-missing"));
        missing.setWrapText(true);
        missing.getStyleClass().add("desk-photo-missing");
        missing.setMaxWidth(WIDTH - 6);
        tile.getChildren().setAll(missing);
    }
}
