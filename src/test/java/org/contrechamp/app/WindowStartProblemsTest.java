package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.contrechamp.core.i18n.Messages;

class WindowStartProblemsTest {

    private final Messages english = Messages.forLocale(Locale.ENGLISH);
    private final Messages french = Messages.forLocale(Locale.FRENCH);

    @Test
    void linuxWithoutDisplayNorWaylandIsToldBeforeTheToolkitStarts() {
        assertThat(WindowStartProblems.beforeStart(Map.of(), "Linux", english))
                .hasValueSatisfying(sentence -> assertThat(sentence)
                        .contains("no graphical display").contains("contrechamp --help"));
        assertThat(WindowStartProblems.beforeStart(Map.of("DISPLAY", " "), "FreeBSD", french))
                .hasValueSatisfying(sentence -> assertThat(sentence).contains("affichage graphique"));
    }

    @Test
    void anX11OrAWaylandDisplayIsEnough() {
        assertThat(WindowStartProblems.beforeStart(Map.of("DISPLAY", ":0"), "Linux", english)).isEmpty();
        assertThat(WindowStartProblems.beforeStart(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", english)).isEmpty();
    }

    @Test
    void windowsAndMacAlwaysHaveADisplay() {
        assertThat(WindowStartProblems.beforeStart(Map.of(), "Windows 11", english)).isEmpty();
        assertThat(WindowStartProblems.beforeStart(Map.of(), "Mac OS X", english)).isEmpty();
    }

    @Test
    void aMissingGtkLibraryNamesThePackageToInstall() {
        // What JavaFX 21 throws from Application.launch when libgtk-3.so.0 cannot be loaded.
        String sentence = WindowStartProblems.toolkitFailed(
                new UnsupportedOperationException("Unable to load glass GTK library."), Map.of("DISPLAY", ":0"), english);
        assertThat(sentence).contains("GTK 3").contains("libgtk-3-0").doesNotContain("Exception");
    }

    @Test
    void aDisplayThatCannotBeReachedIsNamed() {
        String sentence = WindowStartProblems.toolkitFailed(
                new UnsupportedOperationException("Unable to open DISPLAY"), Map.of("DISPLAY", ":7"), french);
        assertThat(sentence).contains(":7");
    }

    @Test
    void aWrappedToolkitFailureIsStillRecognised() {
        RuntimeException wrapped = new RuntimeException("Exception in Application start method",
                new UnsupportedOperationException("Unable to load glass GTK library."));
        assertThat(WindowStartProblems.toolkitFailed(wrapped, Map.of(), english)).contains("libgtk-3-0");
    }

    @Test
    void anyOtherFailureKeepsItsFirstLineOnlyAndSaysWhatToDo() {
        String sentence = WindowStartProblems.toolkitFailed(
                new IllegalStateException("Toolkit went away\n\tat some.Frame(Frame.java:1)"), Map.of(), english);
        assertThat(sentence).contains("Toolkit went away").doesNotContain("Frame.java").contains("contrechamp --help");
    }
}
