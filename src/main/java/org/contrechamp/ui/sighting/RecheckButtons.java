package org.contrechamp.ui.sighting;

import java.time.Clock;
import java.time.LocalDate;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.Node;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.Status;

/**
 * Under the check date: "Seen today" and "Gone today", for a volunteer back at a camera already
 * recorded (docs/adr/0050). Seen again is a confirmation of this record, not a new one: the check
 * date moves to today and a camera marked removed is back in service. Gone marks it removed on that
 * day; it stays in the history. Both only fill the form: Save stores them, as any edit, undoably.
 */
final class RecheckButtons {

    private RecheckButtons() {
    }

    static VBox under(Node checkDate, SightingFormViewModel vm, Messages messages, Clock clock) {
        Button seen = new Button(messages.get("form.recheck.seen"));
        seen.setId("recheck-seen");
        seen.setTooltip(new Tooltip(messages.get("form.recheck.seen-help")));
        seen.setOnAction(e -> {
            vm.checkDate.set(LocalDate.now(clock));
            if (vm.status.get() == Status.REMOVED) {
                vm.status.set(Status.ACTIVE);
            }
        });
        Button gone = new Button(messages.get("form.recheck.gone"));
        gone.setId("recheck-gone");
        gone.setTooltip(new Tooltip(messages.get("form.recheck.gone-help")));
        gone.setOnAction(e -> {
            vm.checkDate.set(LocalDate.now(clock));
            vm.status.set(Status.REMOVED);
        });
        // Under the date, not beside it: beside it, French words widened the form past its panel.
        seen.setMinWidth(Region.USE_PREF_SIZE);
        gone.setMinWidth(Region.USE_PREF_SIZE);
        // And one under the other when the panel is narrow: two French buttons side by side are wider
        // than the survey page at 1400 pixels.
        FlowPane buttons = new FlowPane(6, 4, seen, gone);
        VBox row = new VBox(4, checkDate, buttons);
        return row;
    }
}
