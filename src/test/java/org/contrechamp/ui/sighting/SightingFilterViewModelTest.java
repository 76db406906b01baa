package org.contrechamp.ui.sighting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingFilter;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.DirectTaskRunner;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.edit.EditBurst;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SightingFilterViewModelTest {

    @TempDir
    Path data;
    Workspace workspace;
    SightingsViewModel sightings;
    SightingFilterViewModel filter;
    Map<UUID, String> authorOf = new HashMap<>();
    Sighting mine;
    Sighting hers;

    @BeforeEach
    void open() {
        workspace = LocalWorkspace.open(data);
        mine = workspace.sightings().create(Sighting.newAt(Position.manual(1, 1)).operator("Préfecture")
                .cameraType(CameraType.DOME).build());
        hers = workspace.sightings().create(Sighting.newAt(Position.manual(1, 2)).operator("Mairie")
                .cameraType(CameraType.FIXED).build());
        authorOf.put(hers.id(), "ab".repeat(32));
        DirectTaskRunner tasks = new DirectTaskRunner();
        StatusLine status = new StatusLine();
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        sightings = new SightingsViewModel(workspace.sightings(), tasks, messages, status, EditBurst.NONE);
        filter = new SightingFilterViewModel(sightings.sightings(), workspace.sightings(), () -> authorOf, tasks,
                messages, status, false);
        sightings.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void wordsFieldsAndAuthorsNarrowWhatIsShown() {
        assertThat(filter.visible()).hasSize(2);
        filter.filterProperty().set(SightingFilter.NONE.withText("prefecture"));
        assertThat(filter.visible()).containsExactly(mine);
        filter.filterProperty().set(SightingFilter.NONE.withCameraTypes(Set.of(CameraType.FIXED)));
        assertThat(filter.visible()).containsExactly(hers);
        filter.filterProperty().set(SightingFilter.NONE.withAuthors(Set.of(SightingFilter.LOCAL_AUTHOR)));
        assertThat(filter.visible()).containsExactly(mine);
        filter.filterProperty().set(SightingFilter.NONE.withAuthors(Set.of("ab".repeat(32))));
        assertThat(filter.visible()).containsExactly(hers);
        filter.clear();
        assertThat(filter.visible()).hasSize(2);
    }

    @Test
    void anEditThatNowMatchesTheWordsAppears() {
        filter.filterProperty().set(SightingFilter.NONE.withText("mairie"));
        assertThat(filter.visible()).containsExactly(hers);
        sightings.save(mine.toBuilder().operator("Mairie de quartier").build(), "edit.change");
        assertThat(filter.visible()).extracting(Sighting::id).containsExactlyInAnyOrder(mine.id(), hers.id());
    }
}
