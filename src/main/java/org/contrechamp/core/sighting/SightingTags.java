package org.contrechamp.core.sighting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.contrechamp.core.common.QuotedText;
import org.contrechamp.core.common.DecimalText;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * A sighting as OpenStreetMap {@code man_made=surveillance} tags, and back.
 *
 * <p>Reading is lenient and honest: a value that can be read after a harmless correction is read and
 * reported as normalised; a value that cannot be read is kept verbatim in the sighting's extra tags
 * (so writing the tags again gives it back unchanged) and reported. {@link #applyStrict} is the
 * variant for values a user types: there an unreadable value is an error that names the tag.
 */
public final class SightingTags {

    public static final String MAN_MADE = "man_made";
    public static final String SURVEILLANCE_TYPE = "surveillance:type";
    public static final String SURVEILLANCE = "surveillance";
    public static final String ZONE = "surveillance:zone";
    public static final String CAMERA_TYPE = "camera:type";
    public static final String CAMERA_MOUNT = "camera:mount";
    public static final String CAMERA_DIRECTION = "camera:direction";
    public static final String CAMERA_ANGLE = "camera:angle";
    public static final String HEIGHT = "height";
    public static final String OPERATOR = "operator";
    public static final String OPERATOR_TYPE = "operator:type";
    public static final String MANUFACTURER = "manufacturer";
    public static final String MODEL = "model";
    public static final String SURVEY_DATE = "survey:date";
    public static final String CHECK_DATE = "check_date";
    public static final String FIXME = "fixme";
    public static final String NOTE = "note";
    /** Local: devices OSM has no {@code surveillance:type} for (microphones). Never sent to OSM. */
    public static final String LOCAL_KIND = "contrechamp:kind";
    public static final String LOCAL_PREFIX = "contrechamp:";

    /** The largest tilt and height read: those a sighting may hold. */
    private static final double MAX_TILT = SightingValidator.MAX_TILT;
    private static final double MAX_HEIGHT = SightingValidator.MAX_HEIGHT;

    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("\\s*([+-]?\\d+(?:[.,]\\d+)?)\\s*(°|deg|m|metres|meters)?\\s*");

    private SightingTags() {
    }

    /**
     * The tags of a sighting, sorted by key. Local tags ({@code contrechamp:*}) are included only when
     * asked, for exchanges between Contrechamp users; an export to OSM leaves them out.
     */
    public static SortedMap<String, String> toTags(Sighting s, boolean includeLocal) {
        SortedMap<String, String> tags = new TreeMap<>(s.extraTags());
        tags.putIfAbsent(MAN_MADE, "surveillance");
        if (s.kind() == Kind.MICROPHONE) {
            tags.put(LOCAL_KIND, Kind.MICROPHONE.osmValue());
        } else {
            put(tags, SURVEILLANCE_TYPE, s.kind());
        }
        put(tags, SURVEILLANCE, s.area());
        put(tags, ZONE, s.zone());
        put(tags, CAMERA_TYPE, s.cameraType());
        put(tags, CAMERA_MOUNT, s.mount());
        if (!s.directions().isEmpty()) {
            tags.put(CAMERA_DIRECTION, DirectionParser.format(s.directions()));
        }
        putNumber(tags, CAMERA_ANGLE, s.tilt());
        putNumber(tags, HEIGHT, s.height());
        putText(tags, OPERATOR, s.operator());
        put(tags, OPERATOR_TYPE, s.operatorType());
        putText(tags, MANUFACTURER, s.manufacturer());
        putText(tags, MODEL, s.model());
        if (s.surveyDate() != null) {
            tags.put(SURVEY_DATE, s.surveyDate().toString());
        }
        if (s.checkDate() != null) {
            tags.put(CHECK_DATE, s.checkDate().toString());
        }
        putText(tags, FIXME, s.fixme());
        putText(tags, NOTE, s.note());
        if (!includeLocal) {
            tags.keySet().removeIf(key -> key.startsWith(LOCAL_PREFIX));
        }
        return tags;
    }

    /** Reads an OSM node's tags into a new sighting builder; nothing is assumed (no default kind). */
    public static List<TagIssue> readNode(Map<String, String> tags, Sighting.Builder builder) {
        builder.kind(null);
        return apply(tags, builder);
    }

    /**
     * Sets the fields named by {@code tags} on {@code builder}; keys it has no field for, and values it
     * cannot read, go verbatim into the extra tags. Returns one issue per value not taken as it stood.
     */
    public static List<TagIssue> apply(Map<String, String> tags, Sighting.Builder builder) {
        List<TagIssue> issues = new ArrayList<>();
        new TreeMap<>(tags).forEach((key, value) -> applyOne(key, value, builder, issues));
        return issues;
    }

    /**
     * Like {@link #apply}, for what a person typed: a value that cannot be read is an error naming its
     * tag, and the spaces around a value are left out (said as a value normalised), as OpenStreetMap
     * has it: "RATP " and "RATP" would conflict on values that look the same.
     */
    public static List<TagIssue> applyStrict(Map<String, String> tags, Sighting.Builder builder) {
        Map<String, String> stripped = new TreeMap<>();
        List<TagIssue> issues = new ArrayList<>();
        tags.forEach((key, value) -> {
            String text = value.strip();
            stripped.put(key, text.isEmpty() ? value : text);
            if (!text.isEmpty() && !text.equals(value)) {
                issues.add(TagIssue.normalised(key, value, text));
            }
        });
        issues.addAll(apply(stripped, builder));
        List<Problem> problems = new ArrayList<>();
        for (TagIssue issue : issues) {
            if (issue.outcome() == TagIssue.Outcome.KEPT_VERBATIM && isModelled(issue.key())) {
                problems.add(problemOf(issue, issue.key()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return issues;
    }

    /**
     * What a value that could not be read says where a value must be read (an edit, a typed decision),
     * naming {@code field}: the value, and what the key accepts (for a number out of range, its bounds).
     */
    public static Problem problemOf(TagIssue issue, String field) {
        if ("out-of-range".equals(issue.reason())) {
            double max = switch (issue.key()) {
                case CAMERA_ANGLE -> MAX_TILT;
                case HEIGHT -> MAX_HEIGHT;
                default -> throw new IllegalArgumentException("no range for " + issue.key());
            };
            return Problem.of(field, issue.reason(), QuotedText.of(issue.value()), formatNumber(0), formatNumber(max));
        }
        return Problem.of(field, issue.reason(), QuotedText.of(issue.value()), allowedValues(issue.key()));
    }

    /**
     * The field a modelled key is read into ({@code camera:type} is {@link SightingField#CAMERA_TYPE}),
     * empty for a key kept verbatim and for {@code man_made}, which every sighting carries.
     */
    public static java.util.Optional<SightingField> fieldOf(String key) {
        return java.util.Optional.ofNullable(FIELD_OF.get(key));
    }

    /**
     * The key a field is written as ({@link SightingField#DIRECTIONS} is {@code camera:direction});
     * empty for a field no tag stands for (the position, the photos, the record's state).
     */
    public static java.util.Optional<String> keyOf(SightingField field) {
        return java.util.Optional.ofNullable(KEY_OF.get(field));
    }

    private static final Map<SightingField, String> KEY_OF = new java.util.EnumMap<>(Map.ofEntries(
            Map.entry(SightingField.KIND, SURVEILLANCE_TYPE),
            Map.entry(SightingField.AREA, SURVEILLANCE),
            Map.entry(SightingField.ZONE, ZONE),
            Map.entry(SightingField.CAMERA_TYPE, CAMERA_TYPE),
            Map.entry(SightingField.MOUNT, CAMERA_MOUNT),
            Map.entry(SightingField.DIRECTIONS, CAMERA_DIRECTION),
            Map.entry(SightingField.TILT, CAMERA_ANGLE),
            Map.entry(SightingField.HEIGHT, HEIGHT),
            Map.entry(SightingField.OPERATOR, OPERATOR),
            Map.entry(SightingField.OPERATOR_TYPE, OPERATOR_TYPE),
            Map.entry(SightingField.MANUFACTURER, MANUFACTURER),
            Map.entry(SightingField.MODEL, MODEL),
            Map.entry(SightingField.SURVEY_DATE, SURVEY_DATE),
            Map.entry(SightingField.CHECK_DATE, CHECK_DATE),
            Map.entry(SightingField.FIXME, FIXME),
            Map.entry(SightingField.NOTE, NOTE)));

    /** {@link #KEY_OF} read the other way, and the local key of the kind, which is read into it too. */
    private static final Map<String, SightingField> FIELD_OF = fieldsByKey();

    private static Map<String, SightingField> fieldsByKey() {
        Map<String, SightingField> fields = new java.util.HashMap<>();
        KEY_OF.forEach((field, key) -> fields.put(key, field));
        fields.put(LOCAL_KIND, SightingField.KIND);
        return Map.copyOf(fields);
    }

    /** Whether the model has a field for this key (other keys are always kept verbatim). */
    public static boolean isModelled(String key) {
        return FIELD_OF.containsKey(key);
    }

    /** What a modelled key accepts, for error messages: a value list or a description of the form. */
    public static String allowedValues(String key) {
        return switch (key) {
            case SURVEILLANCE_TYPE -> OsmValue.valueList(Kind.class).replace(", microphone", "");
            case LOCAL_KIND -> Kind.MICROPHONE.osmValue();
            case SURVEILLANCE -> OsmValue.valueList(SurveillanceArea.class);
            case ZONE -> OsmValue.valueList(SurveillanceZone.class);
            case CAMERA_TYPE -> OsmValue.valueList(CameraType.class);
            case CAMERA_MOUNT -> OsmValue.valueList(CameraMount.class);
            case OPERATOR_TYPE -> OsmValue.valueList(OperatorType.class);
            case CAMERA_DIRECTION -> "0-360, N, NE..., 90;180, 300-60";
            case CAMERA_ANGLE -> "0-" + formatNumber(MAX_TILT);
            case HEIGHT -> "0-" + formatNumber(MAX_HEIGHT);
            case SURVEY_DATE, CHECK_DATE -> "YYYY-MM-DD";
            default -> "";
        };
    }

    private static void applyOne(String key, String value, Sighting.Builder b, List<TagIssue> issues) {
        switch (key) {
            case MAN_MADE -> {
                if (!"surveillance".equals(value)) {
                    b.extraTag(key, value);
                    issues.add(TagIssue.verbatim(key, value, "unknown-value"));
                }
            }
            case SURVEILLANCE_TYPE -> enumTag(key, value, Kind::fromOsm, b::kind, b, issues);
            case LOCAL_KIND -> enumTag(key, value, raw -> Kind.fromOsm(raw).filter(k -> k == Kind.MICROPHONE),
                    b::kind, b, issues);
            case SURVEILLANCE -> enumTag(key, value, SurveillanceArea::fromOsm, b::area, b, issues);
            case ZONE -> enumTag(key, value, SurveillanceZone::fromOsm, b::zone, b, issues);
            case CAMERA_TYPE -> enumTag(key, value, CameraType::fromOsm, b::cameraType, b, issues);
            case CAMERA_MOUNT -> enumTag(key, value, CameraMount::fromOsm, b::mount, b, issues);
            case OPERATOR_TYPE -> enumTag(key, value, OperatorType::fromOsm, b::operatorType, b, issues);
            case CAMERA_DIRECTION -> {
                DirectionParser.Result result = DirectionParser.parse(value);
                if (result.readable()) {
                    b.directions(result.directions());
                    if (result.normalised()) {
                        issues.add(TagIssue.normalised(key, value, DirectionParser.format(result.directions())));
                    }
                } else {
                    b.extraTag(key, value);
                    issues.add(TagIssue.verbatim(key, value, "unreadable-direction"));
                }
            }
            case CAMERA_ANGLE -> numberTag(key, value, MAX_TILT, b::tilt, b, issues);
            case HEIGHT -> numberTag(key, value, MAX_HEIGHT, b::height, b, issues);
            case SURVEY_DATE -> dateTag(key, value, b::surveyDate, b, issues);
            case CHECK_DATE -> dateTag(key, value, b::checkDate, b, issues);
            case OPERATOR -> b.operator(value);
            case MANUFACTURER -> b.manufacturer(value);
            case MODEL -> b.model(value);
            case FIXME -> b.fixme(value);
            case NOTE -> b.note(value);
            default -> b.extraTag(key, value);
        }
        if (isFreeText(key) && value.isBlank()) {
            // A blank free-text tag carries nothing, but it was there: keep it.
            b.extraTag(key, value);
        }
    }

    private static boolean isFreeText(String key) {
        return switch (key) {
            case OPERATOR, MANUFACTURER, MODEL, FIXME, NOTE -> true;
            default -> false;
        };
    }

    private static <E extends Enum<E> & OsmValue> void enumTag(String key, String value,
            Function<String, Optional<E>> parse, Consumer<E> set, Sighting.Builder b, List<TagIssue> issues) {
        Optional<E> parsed = parse.apply(value);
        if (parsed.isPresent()) {
            set.accept(parsed.get());
            if (!parsed.get().osmValue().equals(value)) {
                issues.add(TagIssue.normalised(key, value, parsed.get().osmValue()));
            }
        } else {
            b.extraTag(key, value);
            issues.add(TagIssue.verbatim(key, value, "unknown-value"));
        }
    }

    private static void numberTag(String key, String value, double max, Consumer<Double> set,
            Sighting.Builder b, List<TagIssue> issues) {
        Matcher m = NUMBER_WITH_UNIT.matcher(value);
        if (!m.matches()) {
            b.extraTag(key, value);
            issues.add(TagIssue.verbatim(key, value, "not-a-number"));
            return;
        }
        double number = Double.parseDouble(m.group(1).replace(',', '.'));
        if (!(number >= 0 && number <= max)) {
            b.extraTag(key, value);
            issues.add(TagIssue.verbatim(key, value, "out-of-range"));
            return;
        }
        set.accept(number);
        String written = formatNumber(number);
        if (!written.equals(value)) {
            issues.add(TagIssue.normalised(key, value, written));
        }
    }

    private static void dateTag(String key, String value, Consumer<LocalDate> set, Sighting.Builder b,
            List<TagIssue> issues) {
        try {
            LocalDate date = LocalDate.parse(value.trim());
            set.accept(date);
            if (!date.toString().equals(value)) {
                issues.add(TagIssue.normalised(key, value, date.toString()));
            }
        } catch (DateTimeParseException e) {
            b.extraTag(key, value);
            issues.add(TagIssue.verbatim(key, value, "not-a-date"));
        }
    }

    private static void put(Map<String, String> tags, String key, OsmValue value) {
        if (value != null) {
            tags.put(key, value.osmValue());
        }
    }

    private static void putText(Map<String, String> tags, String key, String value) {
        if (value != null) {
            tags.put(key, value);
        }
    }

    private static void putNumber(Map<String, String> tags, String key, Double value) {
        if (value != null) {
            tags.put(key, formatNumber(value));
        }
    }

    private static String formatNumber(double value) {
        return DecimalText.shortest(value);
    }
}
