package org.contrechamp.ui.common;

import org.contrechamp.core.i18n.Messages;

/** A distance as a person says it: metres up to a kilometre, then kilometres (one decimal below ten). */
public final class Distances {

    private Distances() {
    }

    public static String format(Messages messages, double meters) {
        if (meters < 1000) {
            return messages.get("distance.m", Math.round(meters));
        }
        if (meters < 10_000) {
            return messages.get("distance.km-decimal", Math.round(meters / 100) / 10.0);
        }
        return messages.get("distance.km", Math.round(meters / 1000));
    }
}
