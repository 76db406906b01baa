package org.contrechamp.ui.review;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.StoredPhoto;
import org.contrechamp.core.sighting.DirectionParser;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.photo.PhotoImages;
import org.contrechamp.ui.photo.PhotoViewer;
import org.contrechamp.ui.sighting.CompassPicker;

/**
 * The review queue on screen: the current draft's photo large (thumbnail at once, the original when
 * it is decoded), its other photos below, and single-key classification, pointing, confirming and
 * discarding. Works entirely from the keyboard; every key is written on its button.
 */
public final class ReviewPanel extends VBox {

    private final Messages messages;
    private final ReviewViewModel vm;
    private final TaskRunner tasks;
    private final PhotoImages images;
    private final PhotoViewer viewer = new PhotoViewer();
    private final HBox strip = new HBox(6);
    private final Label counter = new Label();
    private final Label summary = new Label();
    private final CompassPicker compass;
    private final VBox body;
    private final Label empty;
    private final Label waiting = new Label();
    private final Button placeNext;
    private final Consumer<StoredPhoto> openPhoto;
    private String shownPhoto;

    public ReviewPanel(Messages messages, ReviewViewModel vm, TaskRunner tasks, PhotoImages images,
            Consumer<StoredPhoto> openPhoto) {
        super(8);
        this.messages = messages;
        this.vm = vm;
        this.tasks = tasks;
        this.images = images;
        this.openPhoto = openPhoto;
        getStyleClass().add("review-panel");
        setPadding(new Insets(8));
        setFocusTraversable(true);
        setAccessibleText(messages.get("review.accessible"));

        counter.getStyleClass().add("review-counter");
        counter.textProperty().bind(vm.counterText());
        summary.getStyleClass().add("cell-detail");
        summary.setWrapText(true);
        Button previous = button("K", "review.previous", vm::previous);
        Button next = button("J", "review.next", vm::next);
        Button confirm = button(messages.get("key.enter"), "review.confirm", vm::confirm);
        confirm.getStyleClass().add("accent");
        Button discard = button("X", "review.not-a-camera", vm::notACamera);
        discard.getStyleClass().add("delete-button");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, counter, gap, previous, next);
        header.setAlignment(Pos.CENTER_LEFT);

        VBox.setVgrow(viewer, Priority.ALWAYS);
        viewer.setMinHeight(200);
        viewer.setPrefHeight(420);
        strip.setAlignment(Pos.CENTER_LEFT);

        compass = new CompassPicker(messages.get("form.compass"), messages.get("compass.cardinals"));
        compass.setFocusTraversable(false);
        compass.directionsProperty().addListener((obs, was, is) -> {
            Sighting s = vm.currentProperty().get();
            if (s != null && !is.equals(s.directions()) && !is.isEmpty()) {
                vm.pointAt(is.get(0).centre());
            }
        });
        // A grid, so that the titles take the width of the longest one (French ones are longer) and the
        // keys of the three rows start at the same place.
        GridPane classification = org.contrechamp.ui.common.FormGrid.create(0);
        classification.setHgap(6);
        classification.setVgap(4);
        classification.addRow(0, title(messages.get("field.kind")), keys(ReviewKey.KINDS));
        classification.addRow(1, title(messages.get("field.cameraType")), keys(ReviewKey.TYPES));
        classification.addRow(2, title(messages.get("field.mount")), keys(ReviewKey.MOUNTS));
        Label turnHelp = new Label(messages.get("review.turn-help"));
        turnHelp.getStyleClass().add("form-help");
        turnHelp.setWrapText(true);
        HBox pointing = new HBox(10, compass, new VBox(6, turnHelp, new HBox(6, confirm, discard)));

        placeNext = new Button(messages.get("review.place"));
        placeNext.setOnAction(e -> placeFirstWaiting());
        waiting.setWrapText(true);
        // The sentence takes a second line rather than ending in "…"; the button keeps its whole name.
        waiting.setMinHeight(Region.USE_PREF_SIZE);
        placeNext.setMinWidth(Region.USE_PREF_SIZE);
        HBox waitingRow = new HBox(8, waiting, placeNext);
        HBox.setHgrow(waiting, Priority.ALWAYS);
        waitingRow.setAlignment(Pos.CENTER_LEFT);
        waitingRow.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.waitingForPosition()));
        waitingRow.managedProperty().bind(waitingRow.visibleProperty());

        body = new VBox(8, header, summary, viewer, strip, classification, pointing);
        VBox.setVgrow(body, Priority.ALWAYS);
        empty = new Label(messages.get("review.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("form-placeholder");
        StackPane main = new StackPane(body, empty);
        VBox.setVgrow(main, Priority.ALWAYS);
        getChildren().addAll(main, waitingRow);

        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        setOnMouseClicked(e -> requestFocus());
        vm.currentProperty().addListener((obs, was, is) -> showDraft(was, is));
        vm.currentPhotos().addListener((ListChangeListener<StoredPhoto>) c -> showPhotos());
        vm.waitingForPosition().addListener((ListChangeListener<StoredPhoto>) c -> waiting.setText(
                messages.get("review.waiting", vm.waitingForPosition().size())));
        vm.placingProperty().addListener((obs, was, is) -> placeNext.setDisable(is != null));
        showDraft(null, vm.currentProperty().get());
    }

    /** The single keys, unless a text field has the keyboard (then they are letters). */
    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.PAGE_DOWN) {
            code = KeyCode.J;
        } else if (code == KeyCode.UP || code == KeyCode.PAGE_UP) {
            code = KeyCode.K;
        }
        for (ReviewKey key : ReviewKey.all()) {
            if (key.code() == code) {
                if (e.isShiftDown() && (code == KeyCode.LEFT || code == KeyCode.RIGHT)) {
                    vm.turn(code == KeyCode.RIGHT ? 1 : -1);
                } else {
                    key.action().accept(vm);
                }
                e.consume();
                return;
            }
        }
    }

    private static Label title(String label) {
        Label title = new Label(label);
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.getStyleClass().add("form-label");
        return title;
    }

    private FlowPane keys(List<ReviewKey> keys) {
        FlowPane buttons = new FlowPane(4, 4);
        for (ReviewKey key : keys) {
            ToggleButton b = new ToggleButton(key.shown(messages) + "  " + messages.get(key.labelKey()));
            b.setFocusTraversable(false);
            b.setUserData(key);
            b.setOnAction(e -> {
                key.action().accept(vm);
                requestFocus();
            });
            b.getStyleClass().add("review-key");
            buttons.getChildren().add(b);
        }
        return buttons;
    }

    private Button button(String keys, String labelKey, Runnable action) {
        Button b = new Button(messages.get(labelKey) + "  (" + keys + ")");
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            action.run();
            requestFocus();
        });
        return b;
    }

    private void showDraft(Sighting was, Sighting s) {
        boolean none = s == null;
        body.setVisible(!none);
        empty.setVisible(none);
        if (none) {
            return;
        }
        summary.setText(describe(s));
        compass.directionsProperty().set(s.directions());
        markChosen(s);
        if (was == null || !was.id().equals(s.id())) {
            shownPhoto = null;
            viewer.showNothing(messages.get("review.loading"));
        }
    }

    private String describe(Sighting s) {
        StringBuilder text = new StringBuilder();
        text.append(s.street() == null ? messages.get("review.no-street") : s.street().name());
        text.append(" · ").append(s.directions().isEmpty() ? messages.get("list.no-direction")
                : messages.get("list.direction", DirectionParser.readable(s.directions())));
        text.append(" · ").append(messages.get("review.photos", s.photos().size()));
        return text.toString();
    }

    /** Lights the buttons of the values the draft has. */
    private void markChosen(Sighting s) {
        for (javafx.scene.Node node : lookupAll(".review-key")) {
            if (node instanceof ToggleButton b && b.getUserData() instanceof ReviewKey key) {
                b.setSelected(key.labelKey().equals(s.kind() == null ? "" : s.kind().labelKey())
                        || key.labelKey().equals(s.cameraType() == null ? "" : s.cameraType().labelKey())
                        || key.labelKey().equals(s.mount() == null ? "" : s.mount().labelKey()));
            }
        }
    }

    private void showPhotos() {
        strip.getChildren().clear();
        List<StoredPhoto> photos = List.copyOf(vm.currentPhotos());
        if (photos.isEmpty()) {
            viewer.showNothing(messages.get("review.no-photo"));
            return;
        }
        show(photos.get(0));
        for (StoredPhoto photo : photos) {
            ImageView small = new ImageView();
            small.setFitHeight(54);
            small.setPreserveRatio(true);
            Button thumb = new Button(null, small);
            thumb.setFocusTraversable(false);
            thumb.getStyleClass().add("review-thumb");
            thumb.setOnAction(e -> show(photo));
            thumb.setOnContextMenuRequested(e -> vm.makeMain(photo.sha256()));
            strip.getChildren().add(thumb);
            tasks.submit("thumbnail", (p, c) -> images.thumbnail(photo.sha256()).orElse(null), small::setImage, e -> { });
        }
        Button large = new Button(messages.get("review.open-photo"));
        large.setFocusTraversable(false);
        large.setOnAction(e -> photos.stream().filter(p -> p.sha256().equals(shownPhoto)).findFirst()
                .ifPresent(openPhoto));
        strip.getChildren().add(large);
        if (photos.size() > 1) {
            Button main = new Button(messages.get("review.make-main"));
            main.setFocusTraversable(false);
            main.setOnAction(e -> {
                if (shownPhoto != null) {
                    vm.makeMain(shownPhoto);
                }
            });
            strip.getChildren().add(main);
        }
    }

    /** The thumbnail at once, then the original, sharper, when decoded. */
    private void show(StoredPhoto photo) {
        shownPhoto = photo.sha256();
        UUID draft = vm.currentProperty().get() == null ? null : vm.currentProperty().get().id();
        tasks.submit("show photo", (p, c) -> new Shown(images.thumbnail(photo.sha256()).orElse(null),
                images.originalMissing(photo)), shown -> {
            if (!photo.sha256().equals(shownPhoto)) {
                return;
            }
            Image thumbnail = shown.thumbnail();
            String missing = shown.originalMissing() ? messages.get("photo.original-missing", photo.originalName()) : null;
            if (thumbnail == null) {
                viewer.showNothing(missing != null ? missing : messages.get("review.no-preview"));
                return;
            }
            viewer.show(thumbnail, 1);
            if (missing != null) {
                // The thumbnail still shows the camera: keep it, and say what is missing.
                viewer.showNotice(missing);
                return;
            }
            tasks.submit("decode photo", (p, c) -> images.original(photo).orElse(null), (Image original) -> {
                boolean stillShown = photo.sha256().equals(shownPhoto) && vm.currentProperty().get() != null
                        && vm.currentProperty().get().id().equals(draft);
                if (original != null && stillShown) {
                    viewer.show(original, photo.metadata().displayOrientation());
                }
            }, e -> { });
        }, e -> viewer.showNothing(messages.get("review.no-preview")));
    }

    /** What the review shows of a photo first: its thumbnail (or none), and whether its original is gone. */
    private record Shown(Image thumbnail, boolean originalMissing) {
    }

    private void placeFirstWaiting() {
        if (!vm.waitingForPosition().isEmpty()) {
            vm.placingProperty().set(vm.waitingForPosition().get(0));
        }
    }
}
