package org.contrechamp.ui.sighting;

import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.value.ObservableObjectValue;

import org.contrechamp.core.area.Gazetteer;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.StreetAssignment;
import org.contrechamp.ui.common.Distances;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskRunner;

/**
 * A street typed by hand that the area knows to be far from the sighting's position is said at once
 * ("Rue Grimaldi lies 1.2 km from this sighting"): a slip of the street or of the marker, either of
 * which the volunteer can mend while still there. The name is kept as typed.
 */
public final class StreetDistanceCheck {

    /** Farther than this is no longer "the corner of": a camera is on, or at the end of, its street. */
    static final double FAR_METERS = 250;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StreetDistanceCheck.class);

    private final Messages messages;
    private final Supplier<Gazetteer> gazetteer;
    private final TaskRunner tasks;
    private final StatusLine status;

    public StreetDistanceCheck(Messages messages, Supplier<Gazetteer> gazetteer, TaskRunner tasks, StatusLine status) {
        this.messages = messages;
        this.gazetteer = gazetteer;
        this.tasks = tasks;
        this.status = status;
    }

    /** Checks each newer revision of the shown sighting whose hand-typed street changed. */
    public void watch(ObservableObjectValue<Sighting> shown) {
        shown.addListener((obs, was, is) -> {
            if (was == null || is == null || !was.id().equals(is.id())) {
                return;
            }
            StreetAssignment street = is.street();
            String before = was.street() == null ? null : was.street().name();
            if (street != null && street.manual() && !Objects.equals(before, street.name())) {
                check(street.name(), is.position().latitude(), is.position().longitude());
            }
        });
    }

    private void check(String name, double lat, double lon) {
        tasks.submit("street distance", (p, c) -> gazetteer.get().distanceToStreetNamed(name, lat, lon),
                distance -> distance.filter(d -> d > FAR_METERS).ifPresent(d -> status.error(
                        messages.get("form.street-far", name, Distances.format(messages, d)))),
                // No area, or none readable: nothing to compare with, and the typed name stands.
                error -> LOG.debug("street distance not checked: {}", error.toString()));
    }
}
