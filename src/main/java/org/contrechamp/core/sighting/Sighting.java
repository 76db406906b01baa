package org.contrechamp.core.sighting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One surveillance device seen in the street: the record volunteers create, coordinators merge and
 * inventories print. The OSM-tag fields follow DOMAIN.md one to one (see {@link SightingTags}); the
 * rest is local bookkeeping that never goes to OpenStreetMap.
 *
 * <p>Immutable. Change it with {@link #toBuilder()}. A field that holds {@code null} is simply not
 * known. A tag whose value could not be read (or a key the model has no field for) is kept verbatim
 * in {@link #extraTags()}; setting the field through the builder removes the verbatim copy, so that a
 * key lives in exactly one place.
 *
 * @param id        made on the device that first recorded it; never a row number
 * @param revision  1 when created, +1 on every stored change; 0 for a sighting not stored yet
 * @param draft     made by photo import and not yet reviewed by the volunteer
 * @param photos    SHA-256 (lower-case hex) of the photos that show it, the main photo first
 * @param street    the street it is listed under in inventories, or null when not assigned
 */
public record Sighting(
        UUID id,
        long revision,
        Position position,
        Kind kind,
        SurveillanceArea area,
        SurveillanceZone zone,
        CameraType cameraType,
        CameraMount mount,
        List<Direction> directions,
        Double tilt,
        Double height,
        String operator,
        OperatorType operatorType,
        String manufacturer,
        String model,
        LocalDate surveyDate,
        LocalDate checkDate,
        String fixme,
        String note,
        Status status,
        boolean draft,
        Instant createdAt,
        Instant updatedAt,
        Instant surveyedAt,
        List<String> photos,
        StreetAssignment street,
        SortedMap<String, String> extraTags) {

    public Sighting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(status, "status");
        directions = List.copyOf(directions);
        photos = List.copyOf(photos);
        // Most sightings have no extra tag: one shared empty map rather than a copy each.
        extraTags = extraTags.isEmpty() ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(extraTags));
    }

    /** A new camera at a place, with a fresh id; revision 0 until stored. */
    public static Builder newAt(Position position) {
        return new Builder(UUID.randomUUID(), position);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public boolean isRemoved() {
        return status == Status.REMOVED;
    }

    /** Builds a sighting field by field; setting a modelled tag drops any verbatim copy of it. */
    public static final class Builder {
        private UUID id;
        private long revision;
        private Position position;
        private Kind kind = Kind.CAMERA;
        private SurveillanceArea area;
        private SurveillanceZone zone;
        private CameraType cameraType;
        private CameraMount mount;
        private List<Direction> directions = new ArrayList<>();
        private Double tilt;
        private Double height;
        private String operator;
        private OperatorType operatorType;
        private String manufacturer;
        private String model;
        private LocalDate surveyDate;
        private LocalDate checkDate;
        private String fixme;
        private String note;
        private Status status = Status.ACTIVE;
        private boolean draft;
        private Instant createdAt;
        private Instant updatedAt;
        private Instant surveyedAt;
        private List<String> photos = new ArrayList<>();
        private StreetAssignment street;
        private final SortedMap<String, String> extraTags = new TreeMap<>();

        public Builder(UUID id, Position position) {
            this.id = id;
            this.position = position;
        }

        private Builder(Sighting s) {
            id = s.id;
            revision = s.revision;
            position = s.position;
            kind = s.kind;
            area = s.area;
            zone = s.zone;
            cameraType = s.cameraType;
            mount = s.mount;
            directions = new ArrayList<>(s.directions);
            tilt = s.tilt;
            height = s.height;
            operator = s.operator;
            operatorType = s.operatorType;
            manufacturer = s.manufacturer;
            model = s.model;
            surveyDate = s.surveyDate;
            checkDate = s.checkDate;
            fixme = s.fixme;
            note = s.note;
            status = s.status;
            draft = s.draft;
            createdAt = s.createdAt;
            updatedAt = s.updatedAt;
            surveyedAt = s.surveyedAt;
            photos = new ArrayList<>(s.photos);
            street = s.street;
            extraTags.putAll(s.extraTags);
        }

        public Builder id(UUID value) {
            id = value;
            return this;
        }

        public Builder revision(long value) {
            revision = value;
            return this;
        }

        public Builder position(Position value) {
            position = value;
            return this;
        }

        public Builder kind(Kind value) {
            kind = value;
            extraTags.remove(SightingTags.SURVEILLANCE_TYPE);
            extraTags.remove(SightingTags.LOCAL_KIND);
            return this;
        }

        public Builder area(SurveillanceArea value) {
            area = value;
            extraTags.remove(SightingTags.SURVEILLANCE);
            return this;
        }

        public Builder zone(SurveillanceZone value) {
            zone = value;
            extraTags.remove(SightingTags.ZONE);
            return this;
        }

        public Builder cameraType(CameraType value) {
            cameraType = value;
            extraTags.remove(SightingTags.CAMERA_TYPE);
            return this;
        }

        public Builder mount(CameraMount value) {
            mount = value;
            extraTags.remove(SightingTags.CAMERA_MOUNT);
            return this;
        }

        public Builder directions(List<Direction> value) {
            directions = new ArrayList<>(value);
            extraTags.remove(SightingTags.CAMERA_DIRECTION);
            return this;
        }

        public Builder tilt(Double value) {
            tilt = value;
            extraTags.remove(SightingTags.CAMERA_ANGLE);
            return this;
        }

        public Builder height(Double value) {
            height = value;
            extraTags.remove(SightingTags.HEIGHT);
            return this;
        }

        public Builder operator(String value) {
            operator = blankToNull(value);
            return this;
        }

        public Builder operatorType(OperatorType value) {
            operatorType = value;
            extraTags.remove(SightingTags.OPERATOR_TYPE);
            return this;
        }

        public Builder manufacturer(String value) {
            manufacturer = blankToNull(value);
            return this;
        }

        public Builder model(String value) {
            model = blankToNull(value);
            return this;
        }

        public Builder surveyDate(LocalDate value) {
            surveyDate = value;
            extraTags.remove(SightingTags.SURVEY_DATE);
            return this;
        }

        public Builder checkDate(LocalDate value) {
            checkDate = value;
            extraTags.remove(SightingTags.CHECK_DATE);
            return this;
        }

        public Builder fixme(String value) {
            fixme = blankToNull(value);
            return this;
        }

        public Builder note(String value) {
            note = blankToNull(value);
            return this;
        }

        public Builder status(Status value) {
            status = value;
            return this;
        }

        public Builder draft(boolean value) {
            draft = value;
            return this;
        }

        public Builder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        public Builder updatedAt(Instant value) {
            updatedAt = value;
            return this;
        }

        public Builder surveyedAt(Instant value) {
            surveyedAt = value;
            return this;
        }

        public Builder photos(List<String> value) {
            photos = new ArrayList<>(value);
            return this;
        }

        public Builder street(StreetAssignment value) {
            street = value;
            return this;
        }

        /** Keeps a tag verbatim: a key the model has no field for, or a value it could not read. */
        public Builder extraTag(String key, String value) {
            extraTags.put(key, value);
            return this;
        }

        /** Drops one verbatim tag, if present. */
        public Builder withoutExtraTag(String key) {
            extraTags.remove(key);
            return this;
        }

        public Builder extraTags(SortedMap<String, String> value) {
            extraTags.clear();
            extraTags.putAll(value);
            return this;
        }

        public Sighting build() {
            return new Sighting(id, revision, position, kind, area, zone, cameraType, mount, directions, tilt,
                    height, operator, operatorType, manufacturer, model, surveyDate, checkDate, fixme, note,
                    status, draft, createdAt, updatedAt, surveyedAt, photos, street, extraTags);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
