package org.contrechamp.ui.sighting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.VBox;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** "Seen today" and "Gone today" under the check date fill the form; Save stores them as any edit. */
class RecheckButtonsTest {

    private final FxRobot robot = new FxRobot();
    /** 23:30 in Paris is still the 1st there, already the 2nd in UTC: the volunteer's day counts. */
    private final Clock paris = Clock.fixed(Instant.parse("2026-12-01T22:30:00Z"), ZoneId.of("Europe/Paris"));

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void seenTodayConfirmsAndGoneTodayMarksRemovedWithTheDay() throws Exception {
        FxToolkit.registerPrimaryStage();
        SightingFormViewModel vm = new SightingFormViewModel(Messages.forLocale(Locale.ENGLISH));
        Sighting s = Sighting.newAt(Position.manual(48.85, 2.35)).status(Status.REMOVED).revision(3).build();
        FxToolkit.setupStage(stage -> {
            vm.load(s);
            VBox row = RecheckButtons.under(new DatePicker(), vm, Messages.forLocale(Locale.ENGLISH), paris);
            stage.setScene(new Scene(row, 400, 120));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#recheck-seen");
        assertThat(vm.checkDate.get()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(vm.status.get()).as("seen again: back in service").isEqualTo(Status.ACTIVE);
        assertThat(vm.dirtyProperty().get()).isTrue();

        robot.clickOn("#recheck-gone");
        assertThat(vm.status.get()).isEqualTo(Status.REMOVED);
        assertThat(vm.build()).hasValueSatisfying(built -> {
            assertThat(built.status()).isEqualTo(Status.REMOVED);
            assertThat(built.checkDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        });
        assertThat(robot.lookup("#recheck-gone").queryButton().getText()).isEqualTo("Gone today");
    }
}
