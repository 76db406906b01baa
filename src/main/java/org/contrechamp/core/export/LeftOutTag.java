package org.contrechamp.core.export;

import java.util.UUID;

/**
 * A tag of a sighting that an OpenStreetMap export leaves out because OpenStreetMap would refuse it,
 * and why: {@code key-too-long}, {@code value-too-long} (over 255 characters), {@code key-with-space},
 * {@code control-character} (the suffix of an {@code export.left-out.*} message).
 */
public record LeftOutTag(UUID sighting, String key, String reason) {
}
