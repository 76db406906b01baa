package org.contrechamp.core.duplicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import org.contrechamp.core.geo.GeoMath;
import org.contrechamp.core.sighting.Sighting;

/**
 * The scoring rules of docs/adr/0048-probable-duplicates.md, for one pair. First the vetoes, which
 * no other signal outweighs: different kinds, different known camera types, directions that clearly
 * disagree (the cameras of one pole, even when one photo shows them all). Then the evidence, each
 * piece a probability-like weight combined as "any of them" (1 − Π(1 − w)): closeness, directions
 * that agree, the same type and mount, the same OSM node, shared photos.
 */
public final class DuplicateScore {

    static final double CLOSE_WEIGHT = 0.55;
    static final double VIEW_WEIGHT = 0.45;
    static final double TYPE_WEIGHT = 0.15;
    static final double MOUNT_WEIGHT = 0.1;
    static final double NODE_WEIGHT = 0.6;
    static final double PHOTO_WEIGHT = 0.9;

    private DuplicateScore() {
    }

    /** The pair as a suggestion, or empty when a veto speaks or the evidence is too weak. */
    public static Optional<DuplicateSuggestion> score(Sighting a, Sighting b, DuplicateRules rules) {
        if (a.id().equals(b.id()) || !compatible(a, b)) {
            return Optional.empty();
        }
        double distance = GeoMath.distanceMeters(a.position().latitude(), a.position().longitude(),
                b.position().latitude(), b.position().longitude());
        int shared = sharedPhotos(a, b);
        boolean sameNode = sameNode(a, b);
        boolean strong = shared > 0 || sameNode;
        if (distance > rules.maxDistanceMeters() && !(strong && distance <= DuplicateRules.STRONG_SIGNAL_REACH_M)) {
            return Optional.empty();
        }
        double gap = DirectionGap.between(a.directions(), b.directions());
        double tolerance = rules.viewToleranceDegrees();
        if (gap > tolerance) {
            return Optional.empty();
        }
        List<Reason> reasons = new ArrayList<>();
        double notSame = 1;
        if (distance <= rules.maxDistanceMeters()) {
            double closeness = 1 - Math.pow(distance / rules.maxDistanceMeters(), 2);
            notSame *= 1 - CLOSE_WEIGHT * closeness;
        }
        reasons.add(new Reason(ReasonKind.CLOSE, distance));
        if (Double.isNaN(gap)) {
            reasons.add(Reason.of(ReasonKind.DIRECTIONS_UNKNOWN));
        } else {
            notSame *= 1 - VIEW_WEIGHT * (1 - gap / tolerance);
            reasons.add(new Reason(ReasonKind.VIEWS_OVERLAP, gap));
        }
        if (a.cameraType() != null && a.cameraType() == b.cameraType()) {
            notSame *= 1 - TYPE_WEIGHT;
            reasons.add(Reason.of(ReasonKind.SAME_CAMERA_TYPE));
        }
        if (a.mount() != null && a.mount() == b.mount()) {
            notSame *= 1 - MOUNT_WEIGHT;
            reasons.add(Reason.of(ReasonKind.SAME_MOUNT));
        }
        if (sameNode) {
            notSame *= 1 - NODE_WEIGHT;
            reasons.add(new Reason(ReasonKind.SAME_OSM_NODE, OsmNodeLink.of(a).getAsLong()));
        }
        if (shared > 0) {
            notSame *= 1 - PHOTO_WEIGHT;
            reasons.add(new Reason(ReasonKind.SHARED_PHOTOS, shared));
        }
        double score = 1 - notSame;
        if (score < DuplicateRules.MIN_SCORE) {
            return Optional.empty();
        }
        return Optional.of(new DuplicateSuggestion(a, b, score, distance, reasons));
    }

    /** The same kind, and camera types that do not contradict each other (unknown fits anything). */
    static boolean compatible(Sighting a, Sighting b) {
        if (a.kind() != null && b.kind() != null && a.kind() != b.kind()) {
            return false;
        }
        return a.cameraType() == null || b.cameraType() == null || a.cameraType() == b.cameraType();
    }

    static int sharedPhotos(Sighting a, Sighting b) {
        if (a.photos().isEmpty() || b.photos().isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String photo : a.photos()) {
            if (b.photos().contains(photo)) {
                n++;
            }
        }
        return n;
    }

    private static boolean sameNode(Sighting a, Sighting b) {
        OptionalLong x = OsmNodeLink.of(a);
        return x.isPresent() && Objects.equals(x, OsmNodeLink.of(b));
    }
}
