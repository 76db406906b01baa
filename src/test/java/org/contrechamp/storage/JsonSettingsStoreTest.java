package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.contrechamp.core.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void noFileMeansDefaults() {
        assertThat(new JsonSettingsStore(dir).load()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void savedSettingsReadBack() throws Exception {
        JsonSettingsStore store = new JsonSettingsStore(dir);
        Settings mine = Settings.DEFAULTS.withLanguage("fr").withTheme("dark").withMapView(46.2, 6.14, 17);
        store.save(mine);
        assertThat(new JsonSettingsStore(dir).load()).isEqualTo(mine);
        try (var files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(JsonSettingsStore.FILE_NAME);
        }
    }

    @Test
    void anOlderFileGetsDefaultsForWhatItLacksAndNewerFieldsAreIgnored() throws Exception {
        Files.writeString(dir.resolve(JsonSettingsStore.FILE_NAME), "{\"language\":\"fr\",\"fromTheFuture\":42}");
        Settings loaded = new JsonSettingsStore(dir).load();
        assertThat(loaded.language()).isEqualTo("fr");
        assertThat(loaded.fieldOfViewDegrees()).isEqualTo(Settings.DEFAULTS.fieldOfViewDegrees());
    }

    @Test
    void aDamagedFileIsSetAsideNotLost() throws Exception {
        Files.writeString(dir.resolve(JsonSettingsStore.FILE_NAME), "{\"language\": ");
        assertThat(new JsonSettingsStore(dir).load()).isEqualTo(Settings.DEFAULTS);
        assertThat(dir.resolve(JsonSettingsStore.FILE_NAME + ".damaged")).hasContent("{\"language\": ");
    }
}
