package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.control.Alert;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.storage.JsonSettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A data directory another Contrechamp is using: the refusal is said in the language saved in that
 * directory's settings (French here, on an English system), and the spinner behind the dialog stops.
 */
class StartupRefusalTest {

    @TempDir
    Path data;
    Locale system;
    FxRobot robot = new FxRobot();

    @BeforeEach
    void englishSystem() throws Exception {
        FxToolkit.registerPrimaryStage();
        system = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(system);
    }

    @Test
    void aDirectoryInUseIsRefusedInTheLanguageOfItsSettings() throws Exception {
        try (var first = LocalWorkspace.open(data)) {
            first.settings().save(first.settings().load().withLanguage("fr"));
            Throwable inUse = catchThrowable(() -> LocalWorkspace.open(data).close());
            assertThat(inUse).isNotNull();

            Messages chosen = StartupRefusal.messagesFor(data, d -> new JsonSettingsStore(d).load().language());
            Alert[] dialog = new Alert[1];
            robot.interact(() -> dialog[0] = StartupRefusal.dialog(chosen, data, inUse));
            assertThat(dialog[0].getHeaderText()).startsWith("Contrechamp ne peut pas ouvrir le dossier de données");
            assertThat(dialog[0].getContentText()).contains("utilise ce dossier de données");
            assertThat(dialog[0].getButtonTypes()).extracting(b -> b.getText()).containsExactly("Fermer");
        }
    }

    @Test
    void withoutSavedLanguageTheSystemsIsUsed() {
        Messages chosen = StartupRefusal.messagesFor(data, d -> {
            throw new IllegalStateException("unreadable");
        });
        assertThat(StartupRefusal.header(chosen, data)).startsWith("Contrechamp cannot open the data directory");
    }

    @Test
    void theSpinnerStopsWhenOpeningFails() {
        StartupSplash[] splash = new StartupSplash[1];
        robot.interact(() -> splash[0] = new StartupSplash("Opening…"));
        assertThat(splash[0].turning()).isTrue();
        robot.interact(() -> splash[0].stopped("Contrechamp ne peut pas ouvrir le dossier de données"));
        assertThat(splash[0].turning()).isFalse();
        assertThat(splash[0].text()).startsWith("Contrechamp ne peut pas ouvrir");
    }
}
