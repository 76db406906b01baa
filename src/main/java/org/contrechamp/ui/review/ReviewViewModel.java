package org.contrechamp.ui.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.PhotoService;
import org.contrechamp.core.photo.StoredPhoto;
import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.sighting.SightingsViewModel;

/**
 * The review queue: the drafts photo import made, in the order they were photographed, one at a
 * time. The volunteer classifies the current one (single keys), points it, confirms it (it leaves the
 * queue) or throws it out ("not a camera", undoable), and moves on. Photos that came without a
 * position wait here too, to be placed on the map.
 */
public final class ReviewViewModel {

    private final SightingsViewModel sightings;
    private final PhotoService photos;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StatusLine status;
    private final SortedList<Sighting> drafts;
    private final ObjectProperty<UUID> currentId = new SimpleObjectProperty<>();
    private final ObjectProperty<Sighting> current = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(0);
    private final ObservableList<StoredPhoto> currentPhotos = FXCollections.observableArrayList();
    private final ObservableList<StoredPhoto> waiting = FXCollections.observableArrayList();
    private final ObjectProperty<StoredPhoto> placing = new SimpleObjectProperty<>();
    /** Whether the queue is on screen: only then does it choose the selected sighting. */
    private final BooleanProperty active = new SimpleBooleanProperty(false);

    public ReviewViewModel(SightingsViewModel sightings, PhotoService photos, TaskRunner tasks, Messages messages,
            StatusLine status) {
        this.sightings = sightings;
        this.photos = photos;
        this.tasks = tasks;
        this.messages = messages;
        this.status = status;
        FilteredList<Sighting> onlyDrafts = new FilteredList<>(sightings.sightings(), Sighting::draft);
        drafts = new SortedList<>(onlyDrafts, Comparator.comparing(ReviewViewModel::photographedAt)
                .thenComparing(s -> s.id().toString()));
        drafts.addListener((ListChangeListener<Sighting>) c -> follow());
        currentId.addListener((obs, was, is) -> follow());
        active.addListener((obs, was, is) -> {
            if (is) {
                start();
            }
        });
    }

    private static Instant photographedAt(Sighting s) {
        if (s.surveyedAt() != null) {
            return s.surveyedAt();
        }
        return s.createdAt() == null ? Instant.EPOCH : s.createdAt();
    }

    public ObservableList<Sighting> drafts() {
        return drafts;
    }

    public ObjectProperty<Sighting> currentProperty() {
        return current;
    }

    /** 1-based place of the current draft in the queue; 0 when the queue is empty. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /**
     * "Draft 3 of 21", or nothing without a draft: recomputed when the queue or the place in it
     * changes (not only when another draft is shown), so that it says the same number as the tab.
     */
    public javafx.beans.binding.StringBinding counterText() {
        return Bindings.createStringBinding(() -> current.get() == null ? ""
                : messages.get("review.counter", position.get(), drafts.size()), current, position, drafts);
    }

    public IntegerBinding remaining() {
        return Bindings.size(drafts);
    }

    public ObservableList<StoredPhoto> currentPhotos() {
        return currentPhotos;
    }

    public ObservableList<StoredPhoto> waitingForPosition() {
        return waiting;
    }

    /** The waiting photo the next map click will place, if any. */
    public ObjectProperty<StoredPhoto> placingProperty() {
        return placing;
    }

    /** Opens the queue at its first draft (or where it was) and reads the photos waiting for a position. */
    public void start() {
        if (currentId.get() == null || indexOf(currentId.get()) < 0) {
            currentId.set(drafts.isEmpty() ? null : drafts.get(0).id());
        }
        follow();
        refreshWaiting();
    }

    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    private void move(int step) {
        if (drafts.isEmpty()) {
            return;
        }
        int index = Math.max(0, indexOf(currentId.get()));
        int target = Math.max(0, Math.min(drafts.size() - 1, index + step));
        currentId.set(drafts.get(target).id());
    }

    public void kind(Kind kind) {
        edit(s -> s.toBuilder().kind(kind).build(), "edit.classify");
    }

    public void cameraType(CameraType type) {
        edit(s -> s.toBuilder().cameraType(type).build(), "edit.classify");
    }

    public void mount(CameraMount mount) {
        edit(s -> s.toBuilder().mount(mount).build(), "edit.classify");
    }

    /** Turns the first direction by {@code degrees} (clockwise); a draft without one starts at north. */
    public void turn(double degrees) {
        edit(s -> {
            List<Direction> list = new ArrayList<>(s.directions());
            int index = firstBearing(list);
            double from = index < 0 ? 0 : ((Direction.Bearing) list.get(index)).degrees();
            Direction turned = Direction.bearing((((Math.round(from + degrees)) % 360) + 360) % 360);
            if (index < 0) {
                list.add(0, turned);
            } else {
                list.set(index, turned);
            }
            return s.toBuilder().directions(list).build();
        }, "edit.orient");
    }

    /** Points the camera at a bearing (from the compass or a drag on the map). */
    public void pointAt(double bearing) {
        edit(s -> {
            List<Direction> list = new ArrayList<>(s.directions());
            int index = firstBearing(list);
            Direction pointed = Direction.bearing(Math.round(bearing) % 360);
            if (index < 0) {
                list.add(0, pointed);
            } else {
                list.set(index, pointed);
            }
            return s.toBuilder().directions(list).build();
        }, "edit.orient");
    }

    /** The draft is right: it leaves the queue, and the next one comes. */
    public void confirm() {
        Sighting s = current.get();
        if (s == null) {
            return;
        }
        int index = indexOf(s.id());
        UUID next = index + 1 < drafts.size() ? drafts.get(index + 1).id()
                : index - 1 >= 0 ? drafts.get(index - 1).id() : null;
        sightings.save(s.toBuilder().draft(false).build(), "edit.confirm");
        currentId.set(next);
        status.info(messages.get("review.confirmed"));
    }

    /** Not a camera after all: the draft is deleted (Ctrl+Z brings it back), and the next one comes. */
    public void notACamera() {
        Sighting s = current.get();
        if (s == null) {
            return;
        }
        int index = indexOf(s.id());
        UUID next = index + 1 < drafts.size() ? drafts.get(index + 1).id()
                : index - 1 >= 0 ? drafts.get(index - 1).id() : null;
        sightings.delete(s.id(), "edit.not-a-camera");
        currentId.set(next);
    }

    /** Makes a photo the sighting's main photo (shown first, shared first). */
    public void makeMain(String sha256) {
        edit(s -> {
            List<String> hashes = new ArrayList<>(s.photos());
            if (!hashes.remove(sha256)) {
                return s;
            }
            hashes.add(0, sha256);
            return s.toBuilder().photos(hashes).build();
        }, "edit.main-photo");
    }

    /** Places the waiting photo being placed at a point of the map: it becomes a draft there. */
    public void placeAt(double latitude, double longitude) {
        StoredPhoto photo = placing.get();
        if (photo == null) {
            return;
        }
        placing.set(null);
        tasks.submit("place photo", (p, c) -> photos.placeAt(photo.sha256(), latitude, longitude), placed -> {
            currentId.set(placed.id());
            sightings.load();
            refreshWaiting();
            status.info(messages.get("review.placed"));
        }, this::fail);
    }

    private void edit(UnaryOperator<Sighting> change, String labelKey) {
        Sighting s = current.get();
        if (s != null) {
            Sighting changed = change.apply(s);
            if (!changed.equals(s)) {
                sightings.save(changed, labelKey);
            }
        }
    }

    /** Keeps {@link #current} on the draft with the current id, whatever replaced it in the list. */
    private void follow() {
        UUID id = currentId.get();
        int index = id == null ? -1 : indexOf(id);
        if (index < 0 && !drafts.isEmpty() && id == null) {
            index = 0;
            currentId.set(drafts.get(0).id());
            return;
        }
        Sighting now = index < 0 ? null : drafts.get(index);
        position.set(index + 1);
        Sighting before = current.get();
        current.set(now);
        if (now != null && (before == null || !before.id().equals(now.id()) || !before.photos().equals(now.photos()))) {
            loadPhotos(now);
        } else if (now == null) {
            currentPhotos.clear();
        }
        if (active.get() && now != null && !Objects.equals(sightings.selectedProperty().get(), now)) {
            sightings.selectedProperty().set(now);
        }
    }

    private void loadPhotos(Sighting s) {
        UUID id = s.id();
        tasks.submit("photos of a draft", (p, c) -> photos.photosOf(id), list -> {
            if (current.get() != null && current.get().id().equals(id)) {
                List<StoredPhoto> ordered = new ArrayList<>(list);
                // The sighting's own order: the main photo first.
                ordered.sort(Comparator.comparingInt(photo -> {
                    int i = current.get().photos().indexOf(photo.sha256());
                    return i < 0 ? Integer.MAX_VALUE : i;
                }));
                currentPhotos.setAll(ordered);
            }
        }, this::fail);
    }

    public void refreshWaiting() {
        tasks.submit("photos waiting for a position", (p, c) -> photos.waitingForPosition(), waiting::setAll, this::fail);
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstBearing(List<Direction> list) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Direction.Bearing) {
                return i;
            }
        }
        return -1;
    }

    private void fail(Throwable error) {
        status.error(ErrorMessages.describe(messages, error));
    }
}
