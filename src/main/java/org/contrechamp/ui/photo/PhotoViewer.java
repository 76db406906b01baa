package org.contrechamp.ui.photo;

import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

/**
 * One photo, large: fitted to the space at first; the wheel zooms around the pointer, dragging pans,
 * a double click fits it again. EXIF orientation (1–8) is applied by turning and mirroring the view,
 * so the original pixels are shown upright without re-encoding them.
 */
public final class PhotoViewer extends StackPane {

    private final Pane canvas = new Pane();
    private final ImageView view = new ImageView();
    private final Label placeholder = new Label();
    private final Pane overlay = new Pane();
    private Runnable onLayout = () -> { };
    private int orientation = 1;
    private double zoom = 1;
    private double panX;
    private double panY;
    private double dragX;
    private double dragY;

    public PhotoViewer() {
        getStyleClass().add("photo-viewer");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        canvas.getChildren().add(view);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        placeholder.getStyleClass().add("photo-placeholder");
        placeholder.setWrapText(true);
        overlay.setMouseTransparent(true);
        getChildren().addAll(canvas, overlay, placeholder);
        setMinSize(120, 120);
        widthProperty().addListener((obs, was, is) -> layoutImage());
        heightProperty().addListener((obs, was, is) -> layoutImage());
        addEventHandler(ScrollEvent.SCROLL, e -> {
            double factor = e.getDeltaY() > 0 ? 1.25 : 0.8;
            zoomAround(e.getX(), e.getY(), factor);
            e.consume();
        });
        setOnMousePressed(e -> {
            dragX = e.getX() - panX;
            dragY = e.getY() - panY;
        });
        setOnMouseDragged(e -> {
            panX = e.getX() - dragX;
            panY = e.getY() - dragY;
            layoutImage();
        });
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                fit();
            }
        });
    }

    /** Shows an image, turned upright by its EXIF orientation (use 1 for images already upright). */
    public void show(Image image, int exifOrientation) {
        placeholder.setVisible(false);
        view.setImage(image);
        orientation = exifOrientation < 1 || exifOrientation > 8 ? 1 : exifOrientation;
        // EXIF's eight cases as a mirror (applied first) then a clockwise turn about the centre:
        // 2 mirror; 3 turn 180; 4 flip; 5 mirror + 270 (transpose); 6 turn 90; 7 mirror + 90; 8 turn 270.
        view.setRotate(switch (orientation) {
            case 3 -> 180;
            case 6, 7 -> 90;
            case 5, 8 -> 270;
            default -> 0;
        });
        view.setScaleX(orientation == 2 || orientation == 5 || orientation == 7 ? -1 : 1);
        view.setScaleY(orientation == 4 ? -1 : 1);
        fit();
    }

    /** Replaces the image by a sharper one of the same photo, keeping zoom and position. */
    public void sharpen(Image image) {
        if (view.getImage() != null && image != null) {
            view.setImage(image);
            layoutImage();
        }
    }

    /** No photo to show: says why instead ("no preview: HEIC"). */
    public void showNothing(String why) {
        view.setImage(null);
        placeholder.getStyleClass().remove("photo-notice");
        StackPane.setAlignment(placeholder, Pos.CENTER);
        placeholder.setText(why);
        placeholder.setVisible(true);
    }

    /** A notice along the bottom, over the photo shown ("its original is missing"); the next photo clears it. */
    public void showNotice(String text) {
        if (!placeholder.getStyleClass().contains("photo-notice")) {
            placeholder.getStyleClass().add("photo-notice");
        }
        StackPane.setAlignment(placeholder, Pos.BOTTOM_CENTER);
        placeholder.setText(text);
        placeholder.setVisible(true);
    }

    public void fit() {
        zoom = 1;
        panX = 0;
        panY = 0;
        layoutImage();
    }

    public void zoomAround(double x, double y, double factor) {
        double next = Math.max(1, Math.min(12, zoom * factor));
        double applied = next / zoom;
        // Keep the point under the pointer where it is.
        double cx = getWidth() / 2 + panX;
        double cy = getHeight() / 2 + panY;
        panX += (x - cx) * (1 - applied);
        panY += (y - cy) * (1 - applied);
        zoom = next;
        layoutImage();
    }

    public double zoom() {
        return zoom;
    }

    /** Where the upright photo is drawn, in this viewer's coordinates (after turning and zooming). */
    public Bounds shownBounds() {
        return view.getBoundsInParent();
    }

    /** A layer over the photo for marks that follow it (redaction boxes), redrawn on every layout. */
    public Pane overlay() {
        return overlay;
    }

    /** Called after each layout of the photo (zoom, pan, resize). */
    public void setOnLayout(Runnable action) {
        onLayout = action;
    }

    public int orientation() {
        return orientation;
    }

    private void layoutImage() {
        Image image = view.getImage();
        if (image == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        boolean sideways = orientation >= 5;
        double shownWidth = sideways ? image.getHeight() : image.getWidth();
        double shownHeight = sideways ? image.getWidth() : image.getHeight();
        double fitScale = Math.min(getWidth() / shownWidth, getHeight() / shownHeight) * zoom;
        // fitWidth/Height apply before the rotation: give the unrotated size.
        view.setFitWidth(image.getWidth() * fitScale);
        view.setFitHeight(image.getHeight() * fitScale);
        Bounds size = view.getLayoutBounds();
        view.setLayoutX((getWidth() - size.getWidth()) / 2 + panX);
        view.setLayoutY((getHeight() - size.getHeight()) / 2 + panY);
        onLayout.run();
    }
}
