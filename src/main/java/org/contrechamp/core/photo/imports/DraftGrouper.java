package org.contrechamp.core.photo.imports;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.contrechamp.core.geo.GeoMath;
import org.contrechamp.core.photo.PhotoPosition;
import org.contrechamp.core.photo.PhotoRepository;
import org.contrechamp.core.photo.StoredPhoto;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.PositionSource;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingService;

/**
 * Turns positioned photos, taken in time order, into draft sightings: a volunteer takes several
 * shots of one camera, so a photo within {@code meters} of the group's first photo and within
 * {@code seconds} of its last joins that group's draft; otherwise it starts a new one. (Measuring
 * distance from the first photo, not the previous one, keeps a walk of photos 10 m apart from
 * chaining into one sighting.) The draft sits at the mean of its photos' positions and looks where
 * they point on average; it is marked "to review". A draft the volunteer already reviewed or placed
 * by hand is never moved: later photos start a new draft.
 *
 * <p>A copy of a photo already in the library (another file of the same place and second: resized,
 * sent through a messenger, exported again) joins the sighting of its original, whatever import
 * stored that one, instead of making a second sighting of the same camera. A copy moves nothing: it
 * only adds its photo.
 */
final class DraftGrouper {

    /**
     * What happened to one photo.
     *
     * @param copyOf the file name of the photo in the library it is a copy of, or {@code null}
     */
    record Placement(UUID sightingId, boolean created, String copyOf) {

        Placement(UUID sightingId, boolean created) {
            this(sightingId, created, null);
        }
    }

    /**
     * How far apart a copy's position may be from its original's: none in a copy that keeps the EXIF
     * block, a little in one whose program rounded the coordinates.
     */
    static final double COPY_METERS = 5;

    private final SightingService sightings;
    private final PhotoRepository photos;
    private final double meters;
    private final Duration seconds;
    private final ZoneId zone;
    private Group current;

    DraftGrouper(SightingService sightings, PhotoRepository photos, double meters, double seconds, ZoneId zone) {
        this.sightings = sightings;
        this.photos = photos;
        this.meters = meters;
        this.seconds = Duration.ofMillis(Math.round(seconds * 1000));
        this.zone = zone;
    }

    /** A group of photos on one draft. */
    private static final class Group {
        final UUID sightingId;
        final List<StoredPhoto> members = new ArrayList<>();

        Group(UUID sightingId) {
            this.sightingId = sightingId;
        }

        StoredPhoto first() {
            return members.get(0);
        }

        Instant last() {
            return members.get(members.size() - 1).takenInstant();
        }
    }

    /**
     * Places a photo (which has a position) on a draft: a new one, or the current group's. Call it
     * inside the transaction that stores the photo's row.
     */
    Placement place(StoredPhoto photo) {
        Optional<Placement> copy = joinOriginal(photo);
        if (copy.isPresent()) {
            return copy.get();
        }
        if (current != null && joins(photo)) {
            Optional<Sighting> draft = sightings.find(current.sightingId).filter(Sighting::draft)
                    .filter(s -> s.position().source() != PositionSource.MANUAL);
            if (draft.isPresent()) {
                List<StoredPhoto> members = new ArrayList<>(current.members);
                members.add(photo);
                Sighting updated = sightings.update(describe(draft.get().toBuilder(), members, draft.get()).build());
                current.members.add(photo);
                return new Placement(updated.id(), false);
            }
        }
        Sighting.Builder builder = Sighting.newAt(position(List.of(photo))).draft(true);
        if (photo.takenInstant() != null) {
            builder.surveyedAt(photo.takenInstant());
        }
        if (photo.metadata().takenAt() != null) {
            builder.surveyDate(photo.metadata().takenAt().localDate(zone));
        }
        Sighting created = sightings.create(describe(builder, List.of(photo), null).build());
        current = new Group(created.id());
        current.members.add(photo);
        return new Placement(created.id(), true);
    }

    /** Adds a copy to its original's sighting, when the photo is one and that sighting is still there. */
    private Optional<Placement> joinOriginal(StoredPhoto photo) {
        if (photo.takenInstant() == null) {
            return Optional.empty();
        }
        PhotoPosition at = photo.metadata().position();
        for (StoredPhoto other : photos.takenInSecondOf(photo.takenInstant())) {
            PhotoPosition p = other.metadata().position();
            if (other.sightingId() == null || p == null || other.sha256().equals(photo.sha256())
                    || GeoMath.distanceMeters(at.latitude(), at.longitude(), p.latitude(), p.longitude()) > COPY_METERS) {
                continue;
            }
            Optional<Sighting> shown = sightings.find(other.sightingId());
            if (shown.isEmpty()) {
                continue;
            }
            Sighting s = shown.get();
            List<String> hashes = new ArrayList<>(s.photos());
            if (!hashes.contains(photo.sha256())) {
                hashes.add(photo.sha256());
            }
            Sighting updated = sightings.update(s.toBuilder().photos(hashes).build());
            current = new Group(updated.id());
            current.members.addAll(photos.ofSighting(updated.id()));
            current.members.add(photo);
            return Optional.of(new Placement(updated.id(), false, other.originalName()));
        }
        return Optional.empty();
    }

    /**
     * A photo already in the library, met again (an import run again after being stopped): the
     * photos after it may still belong with its draft.
     */
    void resume(StoredPhoto stored) {
        if (stored.metadata().position() == null) {
            // As when it was first imported: a shot without position breaks nothing, the draft goes on.
            return;
        }
        if (stored.sightingId() == null) {
            current = null;
            return;
        }
        Group group = new Group(stored.sightingId());
        group.members.addAll(photos.ofSighting(stored.sightingId()));
        current = group.members.isEmpty() ? null : group;
    }

    /** A photo without position breaks nothing: the next positioned photo may still join. */
    private boolean joins(StoredPhoto photo) {
        Instant last = current.last();
        if (photo.takenInstant() == null || last == null) {
            return false;
        }
        if (Duration.between(last, photo.takenInstant()).abs().compareTo(seconds) > 0) {
            return false;
        }
        PhotoPosition a = current.first().metadata().position();
        PhotoPosition b = photo.metadata().position();
        return GeoMath.distanceMeters(a.latitude(), a.longitude(), b.latitude(), b.longitude()) <= meters;
    }

    private static Sighting.Builder describe(Sighting.Builder builder, List<StoredPhoto> members, Sighting existing) {
        List<String> hashes = new ArrayList<>(existing == null ? List.of() : existing.photos());
        for (StoredPhoto p : members) {
            if (!hashes.contains(p.sha256())) {
                hashes.add(p.sha256());
            }
        }
        builder.photos(hashes).position(position(members));
        meanDirection(members).ifPresent(d -> builder.directions(List.of(Direction.bearing(d))));
        return builder;
    }

    /** The mean of the photos' positions; from the track if any photo's was; the worst known accuracy. */
    static Position position(List<StoredPhoto> members) {
        double lat = 0;
        double lon = 0;
        Double accuracy = null;
        PositionSource source = PositionSource.EXIF;
        for (StoredPhoto p : members) {
            PhotoPosition pos = p.metadata().position();
            lat += pos.latitude();
            lon += pos.longitude();
            if (pos.accuracyMeters() != null && pos.accuracyMeters() <= 100_000) {
                accuracy = accuracy == null ? pos.accuracyMeters() : Math.max(accuracy, pos.accuracyMeters());
            }
            if (p.positionSource() == PositionSource.GPX) {
                source = PositionSource.GPX;
            }
        }
        return new Position(lat / members.size(), lon / members.size(), source, accuracy);
    }

    /** The circular mean of the photos' directions (350° and 10° average to 0°, not 180°), in whole degrees. */
    static Optional<Double> meanDirection(List<StoredPhoto> members) {
        double x = 0;
        double y = 0;
        int n = 0;
        for (StoredPhoto p : members) {
            Double d = p.metadata().direction();
            if (d != null && d >= 0 && d <= 360) {
                x += Math.cos(Math.toRadians(d));
                y += Math.sin(Math.toRadians(d));
                n++;
            }
        }
        if (n == 0 || Math.hypot(x, y) < 1e-9 * n) {
            return Optional.empty();
        }
        double mean = Math.toDegrees(Math.atan2(y, x));
        long rounded = Math.round((mean + 360) % 360);
        return Optional.of((double) (rounded % 360));
    }
}
