package org.contrechamp.ui.sighting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.contrechamp.core.duplicate.OsmNodeLink;
import org.contrechamp.core.area.OsmCameraMatch;
import org.contrechamp.core.area.OsmCameras;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.PositionSource;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.SerialTasks;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.edit.EditBurst;
import org.contrechamp.ui.edit.EditHistory;
import org.contrechamp.ui.edit.SightingEdit;

/**
 * The sightings on screen and everything done to them: load, create at a map point, edit, move,
 * delete, undo and redo.
 *
 * <p>An edit shows at once (the list and the map take the new values) and is stored in the background,
 * edits one after the other in the order they were made ({@link SerialTasks}). Each stored edit sets
 * only the fields it changed on the record as it is stored then, so quick successive edits (three
 * keys in the review queue, a form autosave, a marker drag) never trip over each other's revisions.
 *
 * <p>Edits of one record made in one burst are stored as one revision ({@link EditBurst}), while each
 * of them stays one undo step: the volunteer who turned a camera six times and overshot wants to go
 * back one press, not to where the burst began. Undoing and redoing a change is itself an edit on
 * screen, held by the same burst, so six Ctrl+Z make one revision too.
 */
public final class SightingsViewModel {

    private final SightingService service;
    private final TaskRunner tasks;
    private final SerialTasks edits;
    private final Messages messages;
    private final StatusLine status;
    private final EditHistory history = new EditHistory();
    private final EditBurst burst;
    private final ObservableList<Sighting> sightings = FXCollections.observableArrayList();
    private final ObjectProperty<Sighting> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    /** Sightings within 10 m of a camera already in OpenStreetMap (from the offline area). */
    private final ObservableMap<UUID, OsmCameraMatch> alreadyInOsm = FXCollections.observableHashMap();
    private OsmCameras osmCameras;

    public SightingsViewModel(SightingService service, TaskRunner tasks, Messages messages, StatusLine status) {
        this(service, tasks, messages, status, EditBurst.timer());
    }

    /** As above, with the pause that ends a burst of edits given ({@link EditBurst#NONE} in tests). */
    public SightingsViewModel(SightingService service, TaskRunner tasks, Messages messages, StatusLine status,
            EditBurst.Pause pause) {
        this.service = service;
        this.tasks = tasks;
        this.edits = new SerialTasks(tasks);
        this.messages = messages;
        this.status = status;
        this.burst = new EditBurst(this::store, pause);
        // Selecting another record ends the burst of the one left: it is stored now.
        selected.addListener((obs, was, is) -> {
            if (was != null && (is == null || !is.id().equals(was.id()))) {
                burst.storeNow();
            }
        });
    }

    public ObservableList<Sighting> sightings() {
        return sightings;
    }

    public ObjectProperty<Sighting> selectedProperty() {
        return selected;
    }

    public EditHistory history() {
        return history;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ObservableMap<UUID, OsmCameraMatch> alreadyInOsm() {
        return alreadyInOsm;
    }

    /** Whether edits are still being stored. */
    public boolean saving() {
        return burst.holding() || edits.busy();
    }

    /** Stores the edits held for a pause now (the page changes, the window closes). */
    public void storeHeldEdits() {
        burst.storeNow();
    }

    public void load() {
        burst.storeNow();
        edits.submit("load sightings", (p, c) -> service.loadLive(), live -> {
            UUID keep = selected.get() == null ? null : selected.get().id();
            sightings.setAll(live.sightings());
            loaded.set(true);
            if (!live.damaged().isEmpty()) {
                // Shown all the same: the others load, and the damaged ones are named for repair.
                status.error(messages.get("status.damaged-records", live.damaged().size(), live.damaged().stream()
                        .map(d -> d.id().toString()).collect(java.util.stream.Collectors.joining(", "))));
            }
            if (keep != null) {
                selected.set(find(keep).orElse(null));
            }
            if (osmCameras != null) {
                useOsmCameras(osmCameras);
            }
        }, this::fail);
    }

    /** Sets where to look for cameras already in OpenStreetMap, and looks for all sightings. */
    public void useOsmCameras(OsmCameras cameras) {
        osmCameras = cameras;
        List<Sighting> all = List.copyOf(sightings);
        tasks.submit("match OSM cameras", (p, c) -> cameras.alreadyMapped(all, OsmNodeLink::notNodes), matches -> {
            alreadyInOsm.clear();
            alreadyInOsm.putAll(matches);
        }, this::fail);
    }

    /** A new sighting where the volunteer clicked on the map, selected for editing. */
    public void createAt(double latitude, double longitude) {
        createAt(latitude, longitude, null);
    }

    /** As {@link #createAt(double, double)}, surveyed on {@code surveyDate} (none when null). */
    public void createAt(double latitude, double longitude, java.time.LocalDate surveyDate) {
        Sighting draft = Sighting.newAt(Position.manual(latitude, longitude)).surveyDate(surveyDate).build();
        burst.storeNow();
        edits.submit("create sighting", (p, c) -> service.create(draft), created -> {
            sightings.add(created);
            selected.set(created);
            history.record(SightingEdit.created(created));
            matchOsm(created);
            status.info(messages.get("status.created"));
        }, this::fail);
    }

    /**
     * An edit: the fields in which {@code edited} differs from the sighting as shown now. The screen
     * shows it at once and it can be undone at once; it is stored with the rest of its burst.
     */
    public void save(Sighting edited, String labelKey) {
        Optional<Sighting> shown = find(edited.id());
        if (shown.isEmpty()) {
            return;
        }
        Set<SightingField> fields = SightingField.changedBetween(shown.get(), edited);
        if (fields.isEmpty()) {
            return;
        }
        updateShown(edited);
        history.record(SightingEdit.changed(labelKey, shown.get(), edited));
        burst.hold(edited, fields);
    }

    /** Stores a burst: one revision with every field it changed. */
    private void store(EditBurst.Held held) {
        Sighting edited = held.latest();
        edits.submit("save sighting", (p, c) -> service.applyFields(edited.id(), edited, held.fields()), after -> {
            // A delete queued behind this save has already taken the record off the screen: the
            // saved revision must not bring it back (updateShown only replaces). A newer burst of the
            // same record is on screen already: the stored revision would show older values.
            if (burst.held(after.id()).isEmpty()) {
                updateShown(after);
            }
            status.info(messages.get("status.saved"));
        }, error -> {
            history.forgetLatestChangesOf(edited.id());
            failAndReload(error);
        });
    }

    /** Moves a sighting (dragging its marker). */
    public void move(UUID id, double latitude, double longitude) {
        find(id).ifPresent(s -> save(s.toBuilder()
                .position(s.position().withCoordinates(latitude, longitude, PositionSource.MANUAL))
                .build(), "edit.move"));
    }

    /** Points a camera at a bearing (Shift+drag on the map): its first direction, or a new one. */
    public void pointAt(UUID id, double bearing) {
        find(id).ifPresent(s -> {
            List<Direction> list = new ArrayList<>(s.directions());
            Direction pointed = Direction.bearing(Math.round(bearing) % 360);
            int index = -1;
            for (int i = 0; i < list.size() && index < 0; i++) {
                if (list.get(i) instanceof Direction.Bearing) {
                    index = i;
                }
            }
            if (index < 0) {
                list.add(0, pointed);
            } else {
                list.set(index, pointed);
            }
            save(s.toBuilder().directions(list).build(), "edit.orient");
        });
    }

    public void deleteSelected() {
        Sighting target = selected.get();
        if (target != null) {
            delete(target.id(), "edit.delete");
        }
    }

    /** Deletes a sighting (a tombstone stays); Ctrl+Z brings it back. */
    public void delete(UUID id, String labelKey) {
        Optional<Sighting> shown = find(id);
        if (shown.isEmpty()) {
            return;
        }
        remove(id);
        burst.storeNow();
        edits.submit("delete sighting", (p, c) -> {
            Sighting before = service.find(id).orElseThrow();
            service.delete(id);
            return before;
        }, before -> {
            history.record(new SightingEdit(labelKey, before, null));
            status.info(messages.get("status.deleted"));
        }, this::failAndReload);
    }

    public void undo() {
        history.peekUndo().ifPresent(edit -> {
            history.undone();
            if (shownChange(edit)) {
                putOnScreen(edit.before(), edit.fields());
            } else {
                burst.storeNow();
                edits.submit("undo", (p, c) -> takeBack(edit), this::show, error -> {
                    history.redone();
                    failAndReload(error);
                });
            }
            status.info(messages.get("status.undone", messages.get(edit.labelKey())));
        });
    }

    public void redo() {
        history.peekRedo().ifPresent(edit -> {
            history.redone();
            if (shownChange(edit)) {
                putOnScreen(edit.after(), edit.fields());
            } else {
                burst.storeNow();
                edits.submit("redo", (p, c) -> makeAgain(edit), this::show, error -> {
                    history.undone();
                    failAndReload(error);
                });
            }
            status.info(messages.get("status.redone", messages.get(edit.labelKey())));
        });
    }

    /** Whether the edit changed fields of a record still on screen (undone and redone there, in a burst). */
    private boolean shownChange(SightingEdit edit) {
        return !edit.isCreation() && !edit.isDeletion() && find(edit.before().id()).isPresent();
    }

    /** Gives the shown record the values {@code source} has in {@code fields}, selects it, and holds the edit. */
    private void putOnScreen(Sighting source, Set<SightingField> fields) {
        Sighting shown = find(source.id()).orElseThrow();
        Sighting.Builder edited = shown.toBuilder();
        for (SightingField field : SightingField.values()) {
            if (fields.contains(field) && field != SightingField.EXTRA_TAGS) {
                field.copy(source, edited);
            }
        }
        if (fields.contains(SightingField.EXTRA_TAGS)) {
            SightingField.EXTRA_TAGS.copy(source, edited);
        }
        Sighting result = edited.build();
        Set<SightingField> changed = SightingField.changedBetween(shown, result);
        updateShown(result);
        selected.set(result);
        burst.hold(result, changed);
    }

    /** Runs in the background: the service calls that take an edit back. */
    private Outcome takeBack(SightingEdit edit) {
        if (edit.isCreation()) {
            service.delete(edit.after().id());
            return Outcome.gone(edit.after().id());
        }
        if (edit.isDeletion()) {
            return Outcome.present(service.restore(edit.before().id()));
        }
        return Outcome.present(service.applyFields(edit.before().id(), edit.before(), edit.fields()));
    }

    private Outcome makeAgain(SightingEdit edit) {
        if (edit.isCreation()) {
            return Outcome.present(service.restore(edit.after().id()));
        }
        if (edit.isDeletion()) {
            service.delete(edit.before().id());
            return Outcome.gone(edit.before().id());
        }
        return Outcome.present(service.applyFields(edit.after().id(), edit.after(), edit.fields()));
    }

    /** What an undo or redo left: the record as it now is, or its id when it is gone. */
    private record Outcome(UUID id, Sighting present) {
        static Outcome gone(UUID id) {
            return new Outcome(id, null);
        }

        static Outcome present(Sighting s) {
            return new Outcome(s.id(), s);
        }
    }

    private void show(Outcome outcome) {
        if (outcome.present() == null) {
            remove(outcome.id());
        } else {
            replace(outcome.present());
            selected.set(outcome.present());
        }
    }

    public Optional<Sighting> find(UUID id) {
        return sightings.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private void matchOsm(Sighting s) {
        if (osmCameras == null) {
            return;
        }
        OsmCameras cameras = osmCameras;
        tasks.submit("match OSM camera", (p, c) -> cameras.alreadyMapped(s, OsmNodeLink.notNodes(s)), match -> {
            if (match.isPresent()) {
                alreadyInOsm.put(s.id(), match.get());
            } else {
                alreadyInOsm.remove(s.id());
            }
        }, this::fail);
    }

    /** Shows {@code updated} in place of its older revision, or adds it when it is not shown. */
    private void replace(Sighting updated) {
        if (!updateShown(updated)) {
            sightings.add(updated);
            matchOsm(updated);
        }
    }

    /** Shows {@code updated} in place of its older revision; false when the record is not shown. */
    private boolean updateShown(Sighting updated) {
        for (int i = 0; i < sightings.size(); i++) {
            if (sightings.get(i).id().equals(updated.id())) {
                Sighting before = sightings.get(i);
                sightings.set(i, updated);
                if (selected.get() != null && selected.get().id().equals(updated.id())) {
                    selected.set(updated);
                }
                if (!before.position().equals(updated.position())) {
                    matchOsm(updated);
                }
                return true;
            }
        }
        return false;
    }

    private void remove(UUID id) {
        if (selected.get() != null && selected.get().id().equals(id)) {
            selected.set(null);
        }
        sightings.removeIf(s -> s.id().equals(id));
    }

    private void fail(Throwable error) {
        status.error(ErrorMessages.describe(messages, error));
    }

    /** A stored edit failed: what the screen shows may be ahead of the data, so read it again. */
    private void failAndReload(Throwable error) {
        fail(error);
        load();
    }
}
