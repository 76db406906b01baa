package org.contrechamp.core.duplicate;

/** Why two records are thought to be one camera, or what weighs against it; each says itself in words. */
public enum ReasonKind {
    /** {@code value}: the distance in metres. */
    CLOSE("duplicates.reason.close"),
    /** {@code value}: the difference of directions in degrees. */
    VIEWS_OVERLAP("duplicates.reason.views-overlap"),
    DIRECTIONS_UNKNOWN("duplicates.reason.directions-unknown"),
    SAME_CAMERA_TYPE("duplicates.reason.same-type"),
    SAME_MOUNT("duplicates.reason.same-mount"),
    /** {@code value}: the node id. */
    SAME_OSM_NODE("duplicates.reason.same-osm-node"),
    /** {@code value}: how many photos both records hold. */
    SHARED_PHOTOS("duplicates.reason.shared-photos");

    private final String messageKey;

    ReasonKind(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The message-bundle key of its sentence; {@code {0}} is the reason's value. */
    public String messageKey() {
        return messageKey;
    }
}
