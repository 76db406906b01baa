package org.contrechamp.ui.sighting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.DirectTaskRunner;
import org.contrechamp.ui.common.QueuedTaskRunner;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.edit.EditBurst;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's logic without the window: plain JUnit, real storage, tasks run on the calling thread. */
class SightingsViewModelTest {

    @TempDir
    Path data;
    Workspace workspace;
    SightingsViewModel vm;
    StatusLine status = new StatusLine();

    @BeforeEach
    void open() {
        workspace = LocalWorkspace.open(data);
        vm = new SightingsViewModel(workspace.sightings(), new DirectTaskRunner(), Messages.forLocale(Locale.ENGLISH),
                status, EditBurst.NONE);
        vm.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aMapClickCreatesAndSelectsASighting() {
        vm.createAt(48.85, 2.35);
        assertThat(vm.sightings()).hasSize(1);
        assertThat(vm.selectedProperty().get()).isEqualTo(vm.sightings().get(0));
        assertThat(workspace.sightings().listLive()).containsExactlyElementsOf(vm.sightings());
        assertThat(status.textProperty().get()).contains("Sighting added");
    }

    @Test
    void aDamagedStoredRecordIsNamedInTheStatusAndTheOthersAreShown() throws Exception {
        Sighting kept = workspace.sightings().create(Sighting.newAt(
                org.contrechamp.core.sighting.Position.manual(48.85, 2.35)).build());
        Sighting broken = workspace.sightings().create(Sighting.newAt(
                org.contrechamp.core.sighting.Position.manual(48.86, 2.35)).build());
        org.contrechamp.testing.DamagedRecords.garble(data, broken.id().toString());

        vm.load();

        assertThat(vm.sightings()).containsExactly(kept);
        assertThat(status.severityProperty().get()).isEqualTo(StatusLine.Severity.ERROR);
        assertThat(status.textProperty().get()).contains(broken.id().toString()).contains("damaged")
                .contains("contrechamp doctor");
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughEdits() {
        vm.createAt(48.85, 2.35);
        Sighting created = vm.selectedProperty().get();
        vm.save(created.toBuilder().cameraType(CameraType.DOME).build(), "edit.change");
        vm.save(vm.selectedProperty().get().toBuilder().operator("Mairie").build(), "edit.change");
        vm.deleteSelected();
        assertThat(vm.sightings()).isEmpty();

        vm.undo(); // delete
        assertThat(stored().operator()).isEqualTo("Mairie");
        vm.undo(); // operator
        assertThat(stored().operator()).isNull();
        assertThat(stored().cameraType()).isEqualTo(CameraType.DOME);
        vm.undo(); // camera type
        assertThat(stored().cameraType()).isNull();
        vm.undo(); // creation
        assertThat(vm.sightings()).isEmpty();
        assertThat(workspace.sightings().listLive()).isEmpty();
        assertThat(vm.history().canUndoProperty().get()).isFalse();

        vm.redo();
        vm.redo();
        assertThat(stored().cameraType()).isEqualTo(CameraType.DOME);
        vm.redo();
        vm.redo();
        assertThat(vm.sightings()).isEmpty();
        assertThat(vm.history().canRedoProperty().get()).isFalse();
    }

    @Test
    void undoTakesBackOnlyItsOwnFields() {
        vm.createAt(48.85, 2.35);
        Sighting s = vm.selectedProperty().get();
        vm.save(s.toBuilder().cameraType(CameraType.DOME).build(), "edit.change");
        // Someone else (an import, another window) edits another field meanwhile.
        Sighting meanwhile = workspace.sightings().update(stored().toBuilder().operator("Préfecture").build());
        vm.sightings().set(0, meanwhile);
        vm.undo();
        assertThat(stored().cameraType()).isNull();
        assertThat(stored().operator()).isEqualTo("Préfecture");
    }

    @Test
    void aNewEditClearsWhatCouldBeRedone() {
        vm.createAt(1, 1);
        vm.undo();
        assertThat(vm.history().canRedoProperty().get()).isTrue();
        vm.createAt(2, 2);
        assertThat(vm.history().canRedoProperty().get()).isFalse();
    }

    @Test
    void aFailedSaveIsExplainedAndChangesNothing() {
        vm.createAt(48.85, 2.35);
        Sighting s = vm.selectedProperty().get();
        vm.save(s.toBuilder().tilt(120.0).build(), "edit.change");
        assertThat(status.severityProperty().get()).isEqualTo(StatusLine.Severity.ERROR);
        assertThat(status.textProperty().get()).contains("Tilt");
        assertThat(stored().tilt()).isNull();
        assertThat(vm.history().nextUndoProperty().get().labelKey()).isEqualTo("edit.create");
    }

    @Test
    void sightingsStoredBeforeOpeningAreListed() {
        workspace.sightings().create(Sighting.newAt(org.contrechamp.core.sighting.Position.manual(1, 2)).build());
        vm.load();
        assertThat(vm.sightings()).hasSize(1);
    }

    private Sighting stored() {
        return workspace.sightings().listLive().get(0);
    }

    @Test
    void aDeleteMadeWhileASaveIsStillRunningDoesNotBringTheRecordBack() {
        vm.createAt(48.85, 2.35);
        Sighting created = vm.selectedProperty().get();
        QueuedTaskRunner slow = new QueuedTaskRunner();
        SightingsViewModel busy = new SightingsViewModel(workspace.sightings(), slow, Messages.forLocale(Locale.ENGLISH),
                status, EditBurst.NONE);
        busy.load();
        slow.runAll();

        busy.save(created.toBuilder().operator("Mairie").build(), "edit.change");
        busy.delete(created.id(), "edit.delete");
        slow.runAll();

        assertThat(busy.sightings()).isEmpty();
        assertThat(workspace.sightings().listLive()).isEmpty();
        busy.undo();
        slow.runAll();
        assertThat(busy.sightings()).singleElement().extracting(Sighting::operator).isEqualTo("Mairie");
    }
}
