package org.contrechamp.ui.sighting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.contrechamp.core.area.OsmCameraMatch;
import org.contrechamp.core.area.OsmCameras;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.PositionSource;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.edit.EditHistory;
import org.contrechamp.ui.edit.SightingEdit;

/**
 * The sightings on screen and everything done to them: load, create at a map point, save an edit,
 * delete, undo and redo. Every service call goes through the {@link TaskRunner}, so nothing here
 * touches the database on the FX thread; results update the observable list and the selection.
 */
public final class SightingsViewModel {

    private final SightingService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StatusLine status;
    private final EditHistory history = new EditHistory();
    private final ObservableList<Sighting> sightings = FXCollections.observableArrayList();
    private final ObjectProperty<Sighting> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    /** Sightings within 10 m of a camera already in OpenStreetMap (from the offline area). */
    private final ObservableMap<UUID, OsmCameraMatch> alreadyInOsm = FXCollections.observableHashMap();
    private OsmCameras osmCameras;

    public SightingsViewModel(SightingService service, TaskRunner tasks, Messages messages, StatusLine status) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.status = status;
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

    public ObservableMap<UUID, OsmCameraMatch> alreadyInOsm() {
        return alreadyInOsm;
    }

    /** Sets where to look for cameras already in OpenStreetMap, and looks for all sightings. */
    public void useOsmCameras(OsmCameras cameras) {
        osmCameras = cameras;
        List<Sighting> all = List.copyOf(sightings);
        tasks.submit("match OSM cameras", (p, c) -> cameras.alreadyMapped(all), matches -> {
            alreadyInOsm.clear();
            alreadyInOsm.putAll(matches);
        }, this::fail);
    }

    private void matchOsm(Sighting s) {
        if (osmCameras == null) {
            return;
        }
        OsmCameras cameras = osmCameras;
        tasks.submit("match OSM camera", (p, c) -> cameras.alreadyMapped(s), match -> {
            if (match.isPresent()) {
                alreadyInOsm.put(s.id(), match.get());
            } else {
                alreadyInOsm.remove(s.id());
            }
        }, this::fail);
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public void load() {
        tasks.submit("load sightings", (p, c) -> service.listLive(), list -> {
            sightings.setAll(list);
            loaded.set(true);
            if (osmCameras != null) {
                useOsmCameras(osmCameras);
            }
        }, this::fail);
    }

    /** A new sighting where the volunteer clicked on the map, selected for editing. */
    public void createAt(double latitude, double longitude) {
        Sighting draft = Sighting.newAt(Position.manual(latitude, longitude)).build();
        tasks.submit("create sighting", (p, c) -> service.create(draft), created -> {
            sightings.add(created);
            matchOsm(created);
            selected.set(created);
            history.record(SightingEdit.created(created));
            status.info(messages.get("status.created"));
        }, this::fail);
    }

    /** Stores an edit of the selected sighting (the edit carries the revision it was made on). */
    public void save(Sighting edited, String labelKey) {
        Optional<Sighting> before = find(edited.id());
        tasks.submit("save sighting", (p, c) -> service.update(edited), saved -> {
            replace(saved);
            if (before.isPresent() && saved.revision() != before.get().revision()) {
                history.record(SightingEdit.changed(labelKey, before.get(), saved));
                status.info(messages.get("status.saved"));
            }
        }, this::fail);
    }

    /** Moves a sighting (dragging its marker). */
    public void move(UUID id, double latitude, double longitude) {
        find(id).ifPresent(s -> save(s.toBuilder()
                .position(s.position().withCoordinates(latitude, longitude, PositionSource.MANUAL))
                .build(), "edit.move"));
    }

    public void deleteSelected() {
        Sighting target = selected.get();
        if (target == null) {
            return;
        }
        tasks.submit("delete sighting", (p, c) -> service.delete(target.id()), tombstone -> {
            remove(target.id());
            history.record(SightingEdit.deleted(target));
            status.info(messages.get("status.deleted"));
        }, this::fail);
    }

    public void undo() {
        history.peekUndo().ifPresent(edit -> tasks.submit("undo", (p, c) -> takeBack(edit), result -> {
            history.undone();
            show(result);
            status.info(messages.get("status.undone", messages.get(edit.labelKey())));
        }, this::fail));
    }

    public void redo() {
        history.peekRedo().ifPresent(edit -> tasks.submit("redo", (p, c) -> makeAgain(edit), result -> {
            history.redone();
            show(result);
            status.info(messages.get("status.redone", messages.get(edit.labelKey())));
        }, this::fail));
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

    private void replace(Sighting updated) {
        matchOsm(updated);
        for (int i = 0; i < sightings.size(); i++) {
            if (sightings.get(i).id().equals(updated.id())) {
                sightings.set(i, updated);
                if (selected.get() != null && selected.get().id().equals(updated.id())) {
                    selected.set(updated);
                }
                return;
            }
        }
        sightings.add(updated);
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
}
