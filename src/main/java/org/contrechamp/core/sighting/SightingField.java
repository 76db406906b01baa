package org.contrechamp.core.sighting;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The fields of a sighting that a person changes, one by one. History records which of them a change
 * touched; a bundle says which of them an edit changed; a merge compares them one at a time (a
 * conflict is only the same field changed to different values on both sides).
 *
 * <p>Each field knows how to read its value from a sighting and how to copy it into a builder, so
 * diffing and merging never need a field-by-field switch of their own.
 */
public enum SightingField {
    POSITION("position", Sighting::position, (s, b) -> b.position(s.position())),
    KIND("kind", Sighting::kind, (s, b) -> b.kind(s.kind())),
    AREA("area", Sighting::area, (s, b) -> b.area(s.area())),
    ZONE("zone", Sighting::zone, (s, b) -> b.zone(s.zone())),
    CAMERA_TYPE("cameraType", Sighting::cameraType, (s, b) -> b.cameraType(s.cameraType())),
    MOUNT("mount", Sighting::mount, (s, b) -> b.mount(s.mount())),
    DIRECTIONS("directions", Sighting::directions, (s, b) -> b.directions(s.directions())),
    TILT("tilt", Sighting::tilt, (s, b) -> b.tilt(s.tilt())),
    HEIGHT("height", Sighting::height, (s, b) -> b.height(s.height())),
    OPERATOR("operator", Sighting::operator, (s, b) -> b.operator(s.operator())),
    OPERATOR_TYPE("operatorType", Sighting::operatorType, (s, b) -> b.operatorType(s.operatorType())),
    MANUFACTURER("manufacturer", Sighting::manufacturer, (s, b) -> b.manufacturer(s.manufacturer())),
    MODEL("model", Sighting::model, (s, b) -> b.model(s.model())),
    SURVEY_DATE("surveyDate", Sighting::surveyDate, (s, b) -> b.surveyDate(s.surveyDate())),
    CHECK_DATE("checkDate", Sighting::checkDate, (s, b) -> b.checkDate(s.checkDate())),
    FIXME("fixme", Sighting::fixme, (s, b) -> b.fixme(s.fixme())),
    NOTE("note", Sighting::note, (s, b) -> b.note(s.note())),
    STATUS("status", Sighting::status, (s, b) -> b.status(s.status())),
    DRAFT("draft", Sighting::draft, (s, b) -> b.draft(s.draft())),
    SURVEYED_AT("surveyedAt", Sighting::surveyedAt, (s, b) -> b.surveyedAt(s.surveyedAt())),
    PHOTOS("photos", Sighting::photos, (s, b) -> b.photos(s.photos())),
    STREET("street", Sighting::street, (s, b) -> b.street(s.street())),
    // Copied last: the setters above drop verbatim copies of their tags, this puts back the source's.
    EXTRA_TAGS("extraTags", Sighting::extraTags, (s, b) -> b.extraTags(s.extraTags()));

    private final String jsonName;
    private final Function<Sighting, Object> getter;
    private final BiConsumer<Sighting, Sighting.Builder> copier;

    SightingField(String jsonName, Function<Sighting, Object> getter, BiConsumer<Sighting, Sighting.Builder> copier) {
        this.jsonName = jsonName;
        this.getter = getter;
        this.copier = copier;
    }

    /** The name used in JSON, bundles and history: {@code cameraType}. */
    public String jsonName() {
        return jsonName;
    }

    public Object valueOf(Sighting sighting) {
        return getter.apply(sighting);
    }

    /** Sets this field of {@code target} to its value in {@code source}. */
    public void copy(Sighting source, Sighting.Builder target) {
        copier.accept(source, target);
    }

    public static SightingField fromJsonName(String name) {
        SightingField field = BY_JSON_NAME.get(name);
        if (field == null) {
            throw new IllegalArgumentException("no sighting field named " + name);
        }
        return field;
    }

    /** Looked up for every changed field of every record of a bundle: a map, not a scan of values(). */
    private static final Map<String, SightingField> BY_JSON_NAME = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(f -> f.jsonName, f -> f));

    /** The fields whose values differ between two versions of a sighting. */
    public static Set<SightingField> changedBetween(Sighting before, Sighting after) {
        Set<SightingField> changed = EnumSet.noneOf(SightingField.class);
        for (SightingField f : values()) {
            if (!Objects.equals(f.valueOf(before), f.valueOf(after))) {
                changed.add(f);
            }
        }
        return changed;
    }
}
