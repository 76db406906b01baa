package org.contrechamp.ui.sighting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.contrechamp.core.area.OsmCameraMatch;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.StoredPhoto;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingFilter;
import org.contrechamp.core.trust.TrustedKey;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.audit.ProvenanceSection;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.photo.PhotoImages;
import org.contrechamp.ui.photo.PhotoStrip;
import org.contrechamp.ui.shell.Page;

/**
 * The survey page: the filter bar and the list of sightings above, the edit form of the selected one
 * below. The form saves itself a moment after the last keystroke (one undo step), and keeps what was
 * typed when the selection moves to another sighting or when a newer revision of the same one comes in.
 */
public final class SurveyPage implements Page {

    public static final String ID = "survey";

    private final Messages messages;
    private final StatusLine status;
    private final SightingsViewModel sightings;
    private final SightingFormViewModel form;
    private final SightingFilterBar filterBar;
    private final SplitPane view;
    private final ObservableValue<String> title;
    private final PauseTransition autosave = new PauseTransition(Duration.millis(800));

    public SurveyPage(Messages messages, Workspace workspace, TaskRunner tasks, StatusLine status,
            SightingsViewModel sightings, SightingFormViewModel form, SightingFilterViewModel filter,
            PhotoImages photoImages, Consumer<StoredPhoto> openPhoto, Consumer<String> openLink) {
        this.messages = messages;
        this.status = status;
        this.sightings = sightings;
        this.form = form;
        SightingListView list = new SightingListView(messages, sightings, filter.visible());
        filterBar = new SightingFilterBar(messages, filter, answer -> tasks.submit("authors", (p, c) -> {
            List<SightingFilterBar.Author> authors = new ArrayList<>();
            authors.add(new SightingFilterBar.Author(SightingFilter.LOCAL_AUTHOR, messages.get("filter.author-me")));
            for (TrustedKey key : workspace.trust().list()) {
                authors.add(new SightingFilterBar.Author(key.identity().fingerprint().hex(),
                        key.identity().name() + " · " + key.identity().fingerprint().display().substring(0, 9)));
            }
            return authors;
        }, answer, error -> status.error(ErrorMessages.describe(messages, error))));
        SightingFormView formView = new SightingFormView(messages, form, this::save, sightings::deleteSelected,
                workspace.localClock());
        PhotoStrip formPhotos = new PhotoStrip(messages, tasks, workspace.photos(), photoImages, openPhoto::accept);
        formView.setPhotos(formPhotos);
        if (workspace.readOnly().isPresent()) {
            formView.lookOnly();
        }
        sightings.selectedProperty().addListener((obs, was, is) -> {
            if (is == null || was == null || !was.id().equals(is.id()) || !was.photos().equals(is.photos())) {
                formPhotos.showPhotosOf(is == null ? null : is.id(), is == null ? List.of() : is.photos());
            }
            boolean sameRecord = was != null && is != null && was.id().equals(is.id());
            if (sameRecord && form.dirtyProperty().get()) {
                // A newer revision of what is being typed into (our own save came back): keep the typing.
                form.rebase(is);
                return;
            }
            // Switching to another sighting keeps what was typed: a valid pending edit is saved first.
            if (!sameRecord && form.dirtyProperty().get()) {
                autosave.stop();
                form.build().ifPresent(edited -> sightings.save(edited, "edit.change"));
            }
            form.load(is);
            formView.showAlreadyInOsm(is == null ? null : sightings.alreadyInOsm().get(is.id()), openLink);
        });
        sightings.alreadyInOsm().addListener((MapChangeListener<UUID, OsmCameraMatch>) c -> {
            Sighting shown = sightings.selectedProperty().get();
            if (shown != null && shown.id().equals(c.getKey())) {
                formView.showAlreadyInOsm(sightings.alreadyInOsm().get(shown.id()), openLink);
            }
        });
        // Autosave: a moment after the last keystroke or choice, a valid form is stored (one undo step).
        autosave.setOnFinished(e -> saveIfValid());
        form.dirtyProperty().addListener((obs, was, is) -> {
            if (is) {
                autosave.playFromStart();
            }
        });
        form.changeCountProperty().addListener((obs, was, is) -> {
            if (form.dirtyProperty().get()) {
                autosave.playFromStart();
            }
        });

        VBox listWithFilter = new VBox(filterBar, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        ProvenanceSection history = new ProvenanceSection(workspace, messages, tasks, sightings.selectedProperty());
        VBox formWithHistory = new VBox(formView, history);
        VBox.setVgrow(formView, Priority.ALWAYS);
        view = new SplitPane(listWithFilter, formWithHistory);
        view.setOrientation(Orientation.VERTICAL);
        view.setDividerPositions(0.34);
        title = Bindings.createStringBinding(() -> messages.get("tab.sightings-count", sightings.sightings().size()),
                sightings.sightings());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ObservableValue<String> title() {
        return title;
    }

    @Override
    public Node view() {
        return view;
    }

    /**
     * The map keeps about the width it had before the navigation bar took its column: the middle of the
     * map must stay clear of the newcomer's guide in its corner, for the first click.
     */
    @Override
    public double mapShare() {
        return 0.66;
    }

    /** The sightings the page edits (the shell ends their burst of edits when the page changes). */
    public SightingsViewModel sightings() {
        return sightings;
    }

    /** Stores the form now (Ctrl+S); an invalid form says so. */
    public void save() {
        autosave.stop();
        form.build().ifPresentOrElse(edited -> sightings.save(edited, "edit.change"),
                () -> status.error(messages.get("status.form-invalid")));
    }

    /** Puts the cursor in the search field (Ctrl+F). */
    public void focusSearch() {
        filterBar.focusSearch();
    }

    /**
     * On closing: the edits held for a pause go to be stored now, and the record as typed is returned
     * if the form holds a valid edit not stored yet; stops the autosave.
     */
    public Optional<Sighting> pendingEdit() {
        autosave.stop();
        sightings.storeHeldEdits();
        if (!form.dirtyProperty().get() || form.sourceProperty().get() == null) {
            return Optional.empty();
        }
        return form.build();
    }

    /** Saves a pending valid edit; an invalid one stays on screen with its problems marked. */
    private void saveIfValid() {
        if (form.dirtyProperty().get()) {
            form.build().ifPresent(edited -> sightings.save(edited, "edit.change"));
        }
    }
}
