package org.contrechamp.core.merge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.OperatorType;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.PositionSource;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.Status;
import org.contrechamp.core.sighting.StreetAssignment;
import org.contrechamp.core.sighting.SurveillanceArea;
import org.contrechamp.core.sighting.SurveillanceZone;

/**
 * Random sightings and random edits of them. A sighting or an edit is a list of {@link Tweak}s, each
 * setting one field to one of a few values, so that both sides of a merge often make the same change
 * (and jqwik shrinks a failing case to a few tweaks). Photos and extra tags are toggled one at a time.
 */
final class SightingEdits {

    /** Sets {@code field} to the value numbered {@code choice} among the few it is drawn from. */
    record Tweak(SightingField field, int choice) {
    }

    /** The three versions of one merge; {@code base} is null for two sides made independently. */
    record Scenario(Version base, Version mine, Version theirs) {
    }

    private static final List<Position> POSITIONS = List.of(new Position(48.8566, 2.3522, PositionSource.EXIF, 5.0),
            new Position(48.8566, 2.3522, PositionSource.EXIF, 2.0), Position.manual(48.8570, 2.3530),
            new Position(48.8561, 2.3519, PositionSource.GPX, 12.0));
    private static final List<List<Direction>> DIRECTIONS = List.of(List.of(), List.of(Direction.bearing(90)),
            List.of(Direction.bearing(90), Direction.bearing(270)), List.of(Direction.sector(60, 120)),
            List.of(Direction.sector(0, 360)));
    private static final List<String> PHOTOS = List.of("a", "b", "c", "d", "e", "f").stream()
            .map(d -> d.repeat(64)).toList();
    private static final List<String> TAG_KEYS = List.of("name", "lit", "camera:mount", "camera:type");
    private static final List<String> TAG_VALUES = Arrays.asList(null, "yes", "Pont-Neuf", "roof");
    private static final List<String> TEXTS = Arrays.asList(null, "Ville de Paris", "RATP", "SNCF");
    private static final List<LocalDate> DATES = Arrays.asList(null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
    private static final List<Instant> INSTANTS = Arrays.asList(null, Instant.parse("2026-03-01T09:00:00Z"),
            Instant.parse("2026-04-01T17:30:00Z"));
    private static final List<Double> NUMBERS = Arrays.asList(null, 0.0, 4.5, 30.0);
    private static final List<StreetAssignment> STREETS = Arrays.asList(null, StreetAssignment.nearest("Rue de Rivoli", 8),
            StreetAssignment.manual("Quai du Louvre"));

    private SightingEdits() {
    }

    /** Photos and extra tags are tweaked more often than the rest: they merge by the most rules. */
    static Arbitrary<Tweak> tweaks() {
        List<Tuple.Tuple2<Integer, SightingField>> weights = new ArrayList<>();
        for (SightingField f : SightingField.values()) {
            int weight = f == SightingField.PHOTOS || f == SightingField.EXTRA_TAGS ? 6 : 1;
            weights.add(Tuple.of(weight, f));
        }
        Arbitrary<SightingField> fields = Arbitraries.frequency(weights.toArray(Tuple.Tuple2[]::new));
        Arbitrary<Integer> choices = Arbitraries.integers().between(0, 999).withDistribution(RandomDistribution.uniform());
        return Combinators.combine(fields, choices).as(Tweak::new);
    }

    /** True about once in {@code n} tries (jqwik's small integers lean towards their edges). */
    private static Arbitrary<Boolean> onceIn(int n) {
        return Arbitraries.frequency(Tuple.of(1, true), Tuple.of(n - 1, false));
    }

    /** A sighting made of up to a dozen tweaks of a plain camera. */
    static Arbitrary<Sighting> sightings() {
        Sighting plain = Sightings.base().toBuilder()
                .extraTags(new java.util.TreeMap<>(java.util.Map.of("name", "Pont-Neuf", "lit", "yes"))).build();
        return tweaks().list().ofMaxSize(12).map(list -> apply(plain, list));
    }

    /** A later version of a base: a few tweaks, a new revision, and sometimes a deletion (or a restoration). */
    record Edit(List<Tweak> tweaks, boolean flipsDeletion) {
        Version applyTo(Version base) {
            Sighting values = apply(base.values(), tweaks).toBuilder().revision(base.values().revision() + 1)
                    .updatedAt(Instant.parse("2026-05-01T12:00:00Z").plusSeconds(tweaks.size())).build();
            return new Version(values, base.deleted() != flipsDeletion);
        }
    }

    static Arbitrary<Edit> edits() {
        return Combinators.combine(tweaks().list().ofMaxSize(6), onceIn(6)).as(Edit::new);
    }

    static Arbitrary<Scenario> scenarios() {
        return scenarios(onceIn(8));
    }

    static Arbitrary<Scenario> scenariosWithBase() {
        return scenarios(Arbitraries.just(false));
    }

    // Independent parts combined, not flatMap: jqwik would start a fresh generator (edge cases first) per base.
    private static Arbitrary<Scenario> scenarios(Arbitrary<Boolean> withoutBase) {
        return Combinators.combine(sightings(), onceIn(10), edits(), edits(), withoutBase)
                .as((values, baseDeleted, mine, theirs, noBase) -> {
                    Version base = new Version(values, baseDeleted);
                    return new Scenario(noBase ? null : base, mine.applyTo(base), theirs.applyTo(base));
                });
    }

    static Sighting apply(Sighting sighting, List<Tweak> tweaks) {
        Sighting.Builder b = sighting.toBuilder();
        for (Tweak t : tweaks) {
            apply(b, b.build(), t.field(), t.choice());
        }
        return b.build();
    }

    private static void apply(Sighting.Builder b, Sighting now, SightingField field, int c) {
        switch (field) {
            case POSITION -> b.position(pick(POSITIONS, c));
            case KIND -> b.kind(pickOrNull(Kind.values(), c));
            case AREA -> b.area(pickOrNull(SurveillanceArea.values(), c));
            case ZONE -> b.zone(pickOrNull(SurveillanceZone.values(), c));
            case CAMERA_TYPE -> b.cameraType(pickOrNull(CameraType.values(), c));
            case MOUNT -> b.mount(pickOrNull(CameraMount.values(), c));
            case DIRECTIONS -> b.directions(pick(DIRECTIONS, c));
            case TILT -> b.tilt(pick(NUMBERS, c));
            case HEIGHT -> b.height(pick(NUMBERS, c));
            case OPERATOR -> b.operator(pick(TEXTS, c));
            case OPERATOR_TYPE -> b.operatorType(pickOrNull(OperatorType.values(), c));
            case MANUFACTURER -> b.manufacturer(pick(TEXTS, c));
            case MODEL -> b.model(pick(TEXTS, c));
            case SURVEY_DATE -> b.surveyDate(pick(DATES, c));
            case CHECK_DATE -> b.checkDate(pick(DATES, c));
            case FIXME -> b.fixme(pick(TEXTS, c));
            case NOTE -> b.note(pick(TEXTS, c));
            case STATUS -> b.status(pick(Arrays.asList(Status.values()), c));
            case DRAFT -> b.draft(c % 2 == 0);
            case SURVEYED_AT -> b.surveyedAt(pick(INSTANTS, c));
            case PHOTOS -> b.photos(togglePhoto(now.photos(), c));
            case STREET -> b.street(pick(STREETS, c));
            case EXTRA_TAGS -> {
                java.util.TreeMap<String, String> tags = new java.util.TreeMap<>(now.extraTags());
                String key = pick(TAG_KEYS, c);
                String value = pick(TAG_VALUES, c / TAG_KEYS.size());
                if (value == null) {
                    tags.remove(key);
                } else {
                    tags.put(key, value);
                }
                b.extraTags(tags);
            }
        }
    }

    /** Removes the photo numbered {@code c} if present, else inserts it at a position {@code c} also picks. */
    private static List<String> togglePhoto(List<String> photos, int c) {
        List<String> out = new ArrayList<>(photos);
        String photo = pick(PHOTOS, c);
        if (!out.remove(photo)) {
            out.add((c / PHOTOS.size()) % (out.size() + 1), photo);
        }
        return out;
    }

    private static <T> T pick(List<T> values, int c) {
        return values.get(c % values.size());
    }

    private static <T> T pickOrNull(T[] values, int c) {
        int i = c % (values.length + 1);
        return i == values.length ? null : values[i];
    }
}
