package org.contrechamp.ui.photo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.contrechamp.core.bundle.Redaction;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.StoredPhoto;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.TaskRunner;

/**
 * One photo in a window of its own: zoom and pan, and the redaction tool. In "Hide" mode, dragging
 * draws an opaque box over a face or a number plate; the boxes are burned into the copy shared in
 * bundles (the original on this computer is never changed). Boxes are kept as fractions of the upright
 * photo, so they stay put at any size.
 */
public final class PhotoDialog {

    private final Stage stage = new Stage();
    private final PhotoViewer viewer = new PhotoViewer();
    private final List<Redaction> boxes = new ArrayList<>();
    private final ToggleButton hide;
    private final Label state = new Label();
    private double startX;
    private double startY;
    private Rectangle drawing;

    /**
     * @param loadRedactions reads the photo's boxes (blocking: run in the background)
     * @param saveRedactions stores them (blocking: run in the background)
     */
    public PhotoDialog(Window owner, Messages messages, TaskRunner tasks, PhotoImages images, StoredPhoto photo,
            Supplier<List<Redaction>> loadRedactions, Consumer<List<Redaction>> saveRedactions) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("photo.dialog.title", photo.originalName() == null ? photo.sha256().substring(0, 12)
                : photo.originalName()));
        hide = new ToggleButton(messages.get("photo.dialog.hide"));
        hide.setTooltip(new Tooltip(messages.get("photo.dialog.hide-help")));
        Button undo = new Button(messages.get("photo.dialog.remove-last"));
        undo.setOnAction(e -> {
            if (!boxes.isEmpty()) {
                boxes.remove(boxes.size() - 1);
                drawBoxes();
            }
        });
        Button fit = new Button(messages.get("photo.dialog.fit"));
        fit.setOnAction(e -> viewer.fit());
        Button save = new Button(messages.get("photo.dialog.save"));
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            List<Redaction> toSave = List.copyOf(boxes);
            tasks.submit("save redactions", (p, c) -> {
                saveRedactions.accept(toSave);
                return toSave;
            }, done -> stage.close(), error -> state.setText(ErrorMessages.describe(messages, error)));
        });
        Button cancel = new Button(messages.get("photo.dialog.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        state.getStyleClass().add("form-help");
        state.setText(messages.get("photo.dialog.help"));
        HBox bar = new HBox(8, hide, undo, fit, state, gap, cancel, save);
        bar.setPadding(new Insets(8));

        viewer.setOnLayout(this::drawBoxes);
        viewer.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (hide.isSelected()) {
                startX = e.getX();
                startY = e.getY();
                drawing = new Rectangle(startX, startY, 0, 0);
                drawing.setFill(Color.BLACK);
                drawing.setOpacity(0.85);
                viewer.overlay().getChildren().add(drawing);
                e.consume();
            }
        });
        viewer.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (drawing != null) {
                drawing.setX(Math.min(startX, e.getX()));
                drawing.setY(Math.min(startY, e.getY()));
                drawing.setWidth(Math.abs(e.getX() - startX));
                drawing.setHeight(Math.abs(e.getY() - startY));
                e.consume();
            }
        });
        viewer.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (drawing != null) {
                toFraction(drawing).ifPresent(boxes::add);
                drawing = null;
                drawBoxes();
                e.consume();
            }
        });

        BorderPane root = new BorderPane(viewer, null, null, bar, null);
        Scene scene = new Scene(root, 1000, 720);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.H) {
                hide.setSelected(!hide.isSelected());
            }
        });
        stage.setScene(scene);

        viewer.showNothing(messages.get("review.loading"));
        tasks.submit("open photo", (p, c) -> new Loaded(images.thumbnail(photo.sha256()).orElse(null),
                images.original(photo).orElse(null), images.originalMissing(photo), loadRedactions.get()), loaded -> {
                    boxes.addAll(loaded.redactions());
                    String missing = loaded.originalMissing()
                            ? messages.get("photo.original-missing", photo.originalName()) : null;
                    if (loaded.original() != null) {
                        viewer.show(loaded.original(), photo.metadata().displayOrientation());
                    } else if (loaded.thumbnail() != null) {
                        viewer.show(loaded.thumbnail(), 1);
                        if (missing != null) {
                            viewer.showNotice(missing);
                        }
                    } else {
                        viewer.showNothing(missing != null ? missing : messages.get("review.no-preview"));
                        hide.setDisable(true);
                    }
                    drawBoxes();
                }, error -> viewer.showNothing(ErrorMessages.describe(messages, error)));
    }

    private record Loaded(Image thumbnail, Image original, boolean originalMissing,
                          List<Redaction> redactions) {
    }

    public void show() {
        stage.show();
    }

    /** The box just drawn, as fractions of the upright photo (clipped to it); empty if it misses it. */
    private Optional<Redaction> toFraction(Rectangle r) {
        Bounds photo = viewer.shownBounds();
        double x0 = Math.max(photo.getMinX(), r.getX());
        double y0 = Math.max(photo.getMinY(), r.getY());
        double x1 = Math.min(photo.getMaxX(), r.getX() + r.getWidth());
        double y1 = Math.min(photo.getMaxY(), r.getY() + r.getHeight());
        if (x1 - x0 < 3 || y1 - y0 < 3) {
            return Optional.empty();
        }
        double fx = (x0 - photo.getMinX()) / photo.getWidth();
        double fy = (y0 - photo.getMinY()) / photo.getHeight();
        double fw = Math.min(1 - fx, (x1 - x0) / photo.getWidth());
        double fh = Math.min(1 - fy, (y1 - y0) / photo.getHeight());
        return Optional.of(new Redaction(fx, fy, fw, fh));
    }

    private void drawBoxes() {
        Bounds photo = viewer.shownBounds();
        viewer.overlay().getChildren().removeIf(n -> n != drawing);
        for (Redaction box : boxes) {
            Rectangle r = new Rectangle(photo.getMinX() + box.x() * photo.getWidth(),
                    photo.getMinY() + box.y() * photo.getHeight(), box.width() * photo.getWidth(),
                    box.height() * photo.getHeight());
            r.setFill(Color.BLACK);
            viewer.overlay().getChildren().add(r);
        }
    }

    /** The boxes as drawn (for tests). */
    public List<Redaction> boxes() {
        return List.copyOf(boxes);
    }
}
