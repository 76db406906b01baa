package org.contrechamp.ui.photo;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.PhotoService;
import org.contrechamp.core.photo.StoredPhoto;
import org.contrechamp.ui.common.TaskRunner;

/** The photos of a sighting as small thumbnails; a click opens one large (zoom, hide faces). */
public final class PhotoStrip extends FlowPane {

    private final Messages messages;
    private final TaskRunner tasks;
    private final PhotoService photos;
    private final PhotoImages images;
    private final Consumer<StoredPhoto> open;
    private UUID shown;

    public PhotoStrip(Messages messages, TaskRunner tasks, PhotoService photos, PhotoImages images,
            Consumer<StoredPhoto> open) {
        super(6, 6);
        this.messages = messages;
        this.tasks = tasks;
        this.photos = photos;
        this.images = images;
        this.open = open;
        getStyleClass().add("photo-strip");
    }

    /** Shows the photos of a sighting (none for {@code null}), read in the background. */
    public void showPhotosOf(UUID sightingId, List<String> order) {
        shown = sightingId;
        getChildren().clear();
        if (sightingId == null || order.isEmpty()) {
            Label none = new Label(messages.get("photo.strip.none"));
            none.getStyleClass().add("form-help");
            getChildren().add(none);
            return;
        }
        tasks.submit("photos of a sighting", (p, c) -> photos.photosOf(sightingId), list -> {
            if (!sightingId.equals(shown)) {
                return;
            }
            getChildren().clear();
            list.stream().sorted(Comparator.comparingInt(photo -> {
                int i = order.indexOf(photo.sha256());
                return i < 0 ? Integer.MAX_VALUE : i;
            })).forEach(this::add);
        }, e -> { });
    }

    private void add(StoredPhoto photo) {
        ImageView small = new ImageView();
        small.setFitHeight(64);
        small.setPreserveRatio(true);
        Button button = new Button(null, small);
        button.setAccessibleText(messages.get("photo.strip.open", photo.originalName()));
        button.setOnAction(e -> open.accept(photo));
        button.getStyleClass().add("review-thumb");
        getChildren().add(button);
        tasks.submit("thumbnail", (p, c) -> new Thumb(images.thumbnail(photo.sha256()).orElse(null),
                images.originalMissing(photo)), thumb -> {
                    small.setImage(thumb.image());
                    if (thumb.originalMissing()) {
                        button.setText(messages.get("photo.strip.original-missing"));
                        button.setContentDisplay(ContentDisplay.TOP);
                        button.setTooltip(new Tooltip(messages.get("photo.original-missing", photo.originalName())));
                    }
                }, e -> { });
    }

    /** A photo's thumbnail (or none), and whether its original is gone. */
    private record Thumb(Image image, boolean originalMissing) {
    }
}
