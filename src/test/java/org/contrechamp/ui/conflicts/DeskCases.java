package org.contrechamp.ui.conflicts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.merge.FieldConflict;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.MergeResult;
import org.contrechamp.core.merge.ThreeWayMerge;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.review.ReviewKind;
import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.OperatorType;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.PositionSource;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * Review cases as a coordinator meets them after a survey weekend, made from real sightings and the
 * real three-way merge: a conflict on the operator (and the camera type), a proposal by a volunteer
 * who is not the author moving a camera and changing its type, and a deletion against an edit.
 */
public final class DeskCases {

    static final Instant DETECTED = Instant.parse("2026-05-04T18:30:00Z");
    /** Over the Pont-Neuf, Paris. */
    public static final DeskCases PARIS = new DeskCases(48.8566, 2.3522);

    private final double latitude;
    private final double longitude;
    private final List<String> photos;

    /** Cases about cameras around a point (the n-th one about 110 m north of the previous). */
    public DeskCases(double latitude, double longitude) {
        this(latitude, longitude, List.of(photo('a'), photo('b'), photo('c'), photo('e')));
    }

    /** The same, with the given photo hashes (four: two shared, one added there, one of another camera). */
    public DeskCases(double latitude, double longitude, List<String> photos) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.photos = List.copyOf(photos);
    }

    static Fingerprint signer(char digit) {
        return new Fingerprint(String.valueOf(digit).repeat(64));
    }

    static String photo(char digit) {
        return String.valueOf(digit).repeat(64);
    }

    /** A dome on a pole as both computers held it, at revision 3. */
    Sighting base(int n) {
        return new Sighting.Builder(new UUID(0x0f8fad5bd9cb469fL, n), new Position(latitude + n * 0.001, longitude,
                PositionSource.EXIF, 5.0)).revision(3).cameraType(CameraType.DOME).mount(CameraMount.POLE)
                .directions(List.of(Direction.bearing(90))).operator("Ville de Paris")
                .operatorType(OperatorType.GOVERNMENT).surveyDate(LocalDate.of(2026, 3, 1))
                .photos(photos.subList(0, 2)).extraTag("name", "Caméra du pont")
                .createdAt(Instant.parse("2026-03-01T10:00:00Z")).build();
    }

    /** Here the operator became RATP and the type fixed; Alice says SNCF and panning. */
    public ReviewCase operatorConflict(long id) {
        Sighting base = base((int) id);
        Sighting mine = base.toBuilder().operator("RATP").cameraType(CameraType.FIXED).build();
        Sighting theirs = base.toBuilder().operator("SNCF").cameraType(CameraType.PANNING).mount(CameraMount.WALL)
                .photos(photos.subList(0, 3)).build();
        return merged(id, ReviewKind.CONFLICT, "Alice", Version.of(base), Version.of(mine), Version.of(theirs));
    }

    /** Here the camera was placed 8 m further and looks north-east; Alice placed it elsewhere, looking south. */
    public ReviewCase directionsConflict(long id) {
        Sighting base = base((int) id);
        Sighting mine = base.toBuilder().position(Position.manual(base.position().latitude() + 0.00007,
                base.position().longitude())).directions(List.of(Direction.bearing(45))).build();
        Sighting theirs = base.toBuilder().position(Position.manual(base.position().latitude(),
                base.position().longitude() + 0.0001)).directions(List.of(Direction.bearing(180))).build();
        return merged(id, ReviewKind.CONFLICT, "Alice", Version.of(base), Version.of(mine), Version.of(theirs));
    }

    /** Bob, neither author nor coordinator, moves the camera 12 m and calls it panning, and says why. */
    public ReviewCase proposal(long id) {
        Sighting base = base((int) id);
        Sighting theirs = base.toBuilder().position(Position.manual(base.position().latitude() + 0.0001,
                base.position().longitude() + 0.0001)).cameraType(CameraType.PANNING)
                .directions(List.of(Direction.bearing(120))).build();
        Version mine = Version.of(base);
        // A proposal decides every field it changes, none merges by itself.
        List<FieldConflict> decisions = new ArrayList<>();
        for (SightingField f : SightingField.changedBetween(base, theirs)) {
            decisions.add(new FieldConflict(MergeField.of(f), f.valueOf(base), f.valueOf(base), f.valueOf(theirs)));
        }
        MergeResult merge = new MergeResult(mine, decisions, Version.of(theirs));
        return new ReviewCase(item(id, ReviewKind.PROPOSAL, "Bob", merge), Version.of(base), mine, Version.of(theirs),
                merge, Set.of(), changed(base, theirs), List.of("seen from the bus stop"));
    }

    /** Here the note was completed; Chloé deleted the camera (it was taken down). */
    public ReviewCase deletionAgainstEdit(long id) {
        Sighting base = base((int) id);
        Sighting mine = base.toBuilder().note("Caméra neuve, posée en avril").build();
        return merged(id, ReviewKind.CONFLICT, "Chloé", Version.of(base), Version.of(mine), Version.deleted(base));
    }

    /** Deleted here after the operator was typed there, and the operator also changed here. */
    public ReviewCase deletionWithFieldConflict(long id) {
        Sighting base = base((int) id);
        Sighting mine = base.toBuilder().operator("RATP").build();
        Sighting theirs = base.toBuilder().operator("SNCF").build();
        return merged(id, ReviewKind.CONFLICT, "Chloé", Version.of(base), Version.deleted(mine), Version.of(theirs));
    }

    /** Dana created, offline, a sighting under the id of one made here: another camera, 30 m away. */
    public ReviewCase collision(long id) {
        Sighting mine = base((int) id).toBuilder().revision(1).build();
        Sighting theirs = new Sighting.Builder(mine.id(), Position.manual(mine.position().latitude() + 0.0002,
                mine.position().longitude() - 0.0003)).revision(1).kind(org.contrechamp.core.sighting.Kind.ALPR)
                .cameraType(CameraType.FIXED).mount(CameraMount.TRAFFIC_SIGNALS).directions(List.of(Direction.bearing(200)))
                .operator("Police municipale").photos(photos.subList(3, 4)).build();
        MergeResult merge = ThreeWayMerge.merge(null, Version.of(mine), Version.of(theirs));
        Set<MergeField> differ = changed(mine, theirs);
        return new ReviewCase(item(id, ReviewKind.COLLISION, "Dana", merge), null, Version.of(mine),
                Version.of(theirs), merge, differ, differ);
    }

    static ReviewCase merged(long id, ReviewKind kind, String who, Version base, Version mine, Version theirs) {
        MergeResult merge = ThreeWayMerge.merge(base, mine, theirs);
        Set<MergeField> changedMine = changed(base.values(), mine.values());
        Set<MergeField> changedTheirs = changed(base.values(), theirs.values());
        if (base.deleted() != mine.deleted()) {
            changedMine.add(MergeField.DELETION);
        }
        if (base.deleted() != theirs.deleted()) {
            changedTheirs.add(MergeField.DELETION);
        }
        return new ReviewCase(item(id, kind, who, merge), base, mine, theirs, merge, changedMine, changedTheirs);
    }

    private static ReviewItem item(long id, ReviewKind kind, String who, MergeResult merge) {
        return new ReviewItem(id, merge.merged().values().id(), kind, signer(who.charAt(0) == 'A' ? 'a' : 'b'), who,
                DETECTED, merge.conflicts().stream().map(FieldConflict::field).toList());
    }

    /** The fields (extra tags by key) that differ between two versions. */
    static Set<MergeField> changed(Sighting from, Sighting to) {
        Set<MergeField> fields = new HashSet<>();
        for (SightingField f : SightingField.changedBetween(from, to)) {
            if (f != SightingField.EXTRA_TAGS) {
                fields.add(MergeField.of(f));
            }
        }
        Set<String> keys = new TreeSet<>(from.extraTags().keySet());
        keys.addAll(to.extraTags().keySet());
        for (String key : keys) {
            if (!java.util.Objects.equals(from.extraTags().get(key), to.extraTags().get(key))) {
                fields.add(MergeField.extraTag(key));
            }
        }
        return fields;
    }
}
