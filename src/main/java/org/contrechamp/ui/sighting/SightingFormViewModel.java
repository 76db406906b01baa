package org.contrechamp.ui.sighting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import org.contrechamp.core.common.Problem;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.DirectionParser;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.OperatorType;
import org.contrechamp.core.sighting.OsmChoice;
import org.contrechamp.core.sighting.PositionSource;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingTags;
import org.contrechamp.core.sighting.SightingValidator;
import org.contrechamp.core.sighting.Status;
import org.contrechamp.core.sighting.StreetAssignment;
import org.contrechamp.core.sighting.SurveillanceArea;
import org.contrechamp.core.sighting.SurveillanceZone;

/**
 * The edit form's state: one property per field, as the controls show it (numbers as typed text, so
 * that "4,5" or "abc" can be explained instead of lost). {@link #build()} turns it back into a
 * sighting, or fills {@link #errors()} with one message per wrong field.
 */
public final class SightingFormViewModel {

    private final Messages messages;
    private final ObjectProperty<Sighting> source = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper changeCount = new ReadOnlyIntegerWrapper(0);
    private boolean loading;

    public final StringProperty latitude = new SimpleStringProperty("");
    public final StringProperty longitude = new SimpleStringProperty("");
    public final ObjectProperty<Kind> kind = new SimpleObjectProperty<>();
    public final ObjectProperty<SurveillanceArea> area = new SimpleObjectProperty<>();
    public final ObjectProperty<SurveillanceZone> zone = new SimpleObjectProperty<>();
    public final ObjectProperty<CameraType> cameraType = new SimpleObjectProperty<>();
    public final ObjectProperty<CameraMount> mount = new SimpleObjectProperty<>();
    public final StringProperty directions = new SimpleStringProperty("");
    public final StringProperty tilt = new SimpleStringProperty("");
    public final StringProperty height = new SimpleStringProperty("");
    public final StringProperty operator = new SimpleStringProperty("");
    public final ObjectProperty<OperatorType> operatorType = new SimpleObjectProperty<>();
    public final StringProperty manufacturer = new SimpleStringProperty("");
    public final StringProperty model = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> surveyDate = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> checkDate = new SimpleObjectProperty<>();
    public final StringProperty fixme = new SimpleStringProperty("");
    public final StringProperty note = new SimpleStringProperty("");
    /** The street name; typing one makes it a manual assignment that automatic ones leave alone. */
    public final StringProperty street = new SimpleStringProperty("");
    public final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.ACTIVE);
    public final BooleanProperty draft = new SimpleBooleanProperty(false);
    /** The surveyor's "keep out of OpenStreetMap" choice ({@link OsmChoice}), shared with the sighting. */
    public final BooleanProperty keepOutOfOsm = new SimpleBooleanProperty(false);

    /** Every property above with the value it shows for a sighting. */
    private final List<Bound<?>> bound = bindings();

    /** Field name (as in {@link Problem#field()}) → message for the user. */
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public SightingFormViewModel(Messages messages) {
        this.messages = messages;
        for (ObservableValue<?> field : List.of(latitude, longitude, kind, area, zone, cameraType, mount, directions,
                tilt, height, operator, operatorType, manufacturer, model, surveyDate, checkDate, fixme, note, status,
                draft, street, keepOutOfOsm)) {
            field.addListener((obs, was, is) -> {
                if (!loading) {
                    dirty.set(true);
                    changeCount.set(changeCount.get() + 1);
                }
            });
        }
    }

    public ObjectProperty<Sighting> sourceProperty() {
        return source;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Counts every edit of a field: the autosave waits for a pause in these. */
    public ReadOnlyIntegerProperty changeCountProperty() {
        return changeCount.getReadOnlyProperty();
    }

    /**
     * A newer revision of the same record arrived (our own autosave, a marker dragged, an undo, a
     * sync) while the user keeps typing: the fields the user changed keep what is typed, every other
     * field shows the newer revision, so that saving the typing never writes old values back.
     */
    public void rebase(Sighting newer) {
        Sighting older = source.get();
        loading = true;
        try {
            for (Bound<?> field : bound) {
                if (!field.changedFrom(older)) {
                    field.show(newer);
                }
            }
            source.set(newer);
        } finally {
            loading = false;
        }
        // Nothing left to save when what is on screen is what is now stored.
        if (build().filter(edited -> SightingField.changedBetween(newer, edited).isEmpty()).isPresent()) {
            dirty.set(false);
        }
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** Shows a sighting in the form (or empties it for {@code null}). */
    public void load(Sighting s) {
        loading = true;
        try {
            source.set(s);
            errors.clear();
            for (Bound<?> field : bound) {
                field.show(s);
            }
            dirty.set(false);
        } finally {
            loading = false;
        }
    }

    /** One form property and the value it shows for a sighting ({@code null}: the empty form). */
    private record Bound<T>(Property<T> property, Function<Sighting, T> shown) {
        void show(Sighting s) {
            property.setValue(shown.apply(s));
        }

        /** True when the user typed or chose something else than what {@code s} shows. */
        boolean changedFrom(Sighting s) {
            return !Objects.equals(property.getValue(), shown.apply(s));
        }
    }

    /**
     * A free text as typed, without the spaces around it ("RATP " and "RATP" would otherwise conflict
     * on values that look the same); the stored value as it is when the text was not touched, so that
     * a value received with its spaces is not changed by an edit of another field.
     */
    private static String typed(String text, String stored) {
        String shown = stored == null ? "" : stored;
        return text == null || text.equals(shown) ? stored : text.strip();
    }

    private static <T> Bound<T> bind(Property<T> property, T empty, Function<Sighting, T> shown) {
        return new Bound<>(property, s -> s == null ? empty : shown.apply(s));
    }

    /** A coordinate as the form shows it: at most 7 decimals, OpenStreetMap's precision. */
    static String coordinateText(double degrees) {
        return java.math.BigDecimal.valueOf(degrees).setScale(7, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private List<Bound<?>> bindings() {
        return List.of(
                bind(latitude, "", s -> coordinateText(s.position().latitude())),
                bind(longitude, "", s -> coordinateText(s.position().longitude())),
                bind(kind, null, Sighting::kind),
                bind(area, null, Sighting::area),
                bind(zone, null, Sighting::zone),
                bind(cameraType, null, Sighting::cameraType),
                bind(mount, null, Sighting::mount),
                bind(directions, "", s -> DirectionParser.format(s.directions())),
                bind(tilt, "", s -> s.tilt() == null ? "" : SightingTags.toTags(s, false).get(SightingTags.CAMERA_ANGLE)),
                bind(height, "", s -> s.height() == null ? "" : SightingTags.toTags(s, false).get(SightingTags.HEIGHT)),
                bind(operator, "", s -> orEmpty(s.operator())),
                bind(operatorType, null, Sighting::operatorType),
                bind(manufacturer, "", s -> orEmpty(s.manufacturer())),
                bind(model, "", s -> orEmpty(s.model())),
                bind(surveyDate, null, Sighting::surveyDate),
                bind(checkDate, null, Sighting::checkDate),
                bind(fixme, "", s -> orEmpty(s.fixme())),
                bind(note, "", s -> orEmpty(s.note())),
                bind(street, "", s -> s.street() == null ? "" : s.street().name()),
                bind(status, Status.ACTIVE, Sighting::status),
                bind(draft, false, Sighting::draft),
                bind(keepOutOfOsm, false, OsmChoice::isKeptOut));
    }

    /** Values kept verbatim because they could not be read ({@code camera:mount=roof}), for a hint. */
    public Map<String, String> verbatimTags() {
        Sighting s = source.get();
        Map<String, String> kept = new TreeMap<>();
        if (s != null) {
            s.extraTags().forEach((k, v) -> {
                if (SightingTags.isModelled(k)) {
                    kept.put(k, v);
                }
            });
        }
        return kept;
    }

    /** The edited sighting, or empty with {@link #errors()} saying what to fix. */
    public Optional<Sighting> build() {
        errors.clear();
        Sighting s = source.get();
        if (s == null) {
            return Optional.empty();
        }
        List<Problem> problems = new ArrayList<>();
        Double lat = number("latitude", latitude.get(), problems, true);
        Double lon = number("longitude", longitude.get(), problems, true);
        Double tiltValue = number("tilt", tilt.get(), problems, false);
        Double heightValue = number("height", height.get(), problems, false);
        Sighting.Builder b = s.toBuilder();
        // The form shows 7 decimals (about 1 cm); the stored value keeps all of its own until the user
        // types another position, so that saving another field never rounds a GPS position.
        boolean typedAnother = !latitude.get().strip().equals(coordinateText(s.position().latitude()))
                || !longitude.get().strip().equals(coordinateText(s.position().longitude()));
        if (lat != null && lon != null && typedAnother
                && (lat != s.position().latitude() || lon != s.position().longitude())) {
            b.position(s.position().withCoordinates(lat, lon, PositionSource.MANUAL));
        }
        setIfChanged(s.kind(), kind.get(), b::kind);
        setIfChanged(s.area(), area.get(), b::area);
        setIfChanged(s.zone(), zone.get(), b::zone);
        setIfChanged(s.cameraType(), cameraType.get(), b::cameraType);
        setIfChanged(s.mount(), mount.get(), b::mount);
        setIfChanged(s.operatorType(), operatorType.get(), b::operatorType);
        setIfChanged(s.surveyDate(), surveyDate.get(), b::surveyDate);
        setIfChanged(s.checkDate(), checkDate.get(), b::checkDate);
        String directionText = directions.get() == null ? "" : directions.get().trim();
        if (!directionText.equals(DirectionParser.format(s.directions()))) {
            if (directionText.isEmpty()) {
                b.directions(List.of());
            } else {
                DirectionParser.Result parsed = DirectionParser.parse(directionText);
                if (parsed.readable()) {
                    b.directions(parsed.directions());
                } else {
                    problems.add(Problem.of("directions", "unreadable-direction", directionText,
                            SightingTags.allowedValues(SightingTags.CAMERA_DIRECTION)));
                }
            }
        }
        if (tiltValue != null || !tilt.get().isBlank() || s.tilt() != null) {
            setIfChanged(s.tilt(), tiltValue, b::tilt);
        }
        if (heightValue != null || !height.get().isBlank() || s.height() != null) {
            setIfChanged(s.height(), heightValue, b::height);
        }
        String typedStreet = street.get() == null ? "" : street.get().strip();
        String storedStreet = s.street() == null ? "" : s.street().name();
        if (!typedStreet.equals(storedStreet)) {
            b.street(typedStreet.isEmpty() ? null : StreetAssignment.manual(typedStreet));
        }
        b.operator(typed(operator.get(), s.operator())).manufacturer(typed(manufacturer.get(), s.manufacturer()))
                .model(typed(model.get(), s.model())).fixme(typed(fixme.get(), s.fixme()))
                .note(typed(note.get(), s.note())).status(status.get()).draft(draft.get());
        if (keepOutOfOsm.get() != OsmChoice.isKeptOut(s)) {
            OsmChoice.keepOut(b, keepOutOfOsm.get());
        }
        Sighting edited = b.build();
        // The rules of the record too, for every field not already found wrong as typed.
        for (Problem p : SightingValidator.problems(edited)) {
            if (problems.stream().noneMatch(known -> known.field().equals(p.field()))) {
                problems.add(p);
            }
        }
        if (!problems.isEmpty()) {
            for (Problem p : problems) {
                errors.putIfAbsent(p.field(), messages.get(p.messageKey(), p.args().toArray()));
            }
            return Optional.empty();
        }
        return Optional.of(edited);
    }

    /** Marks the form as saved (the stored record now matches it). */
    public void markSaved(Sighting stored) {
        load(stored);
    }

    private static <T> void setIfChanged(T was, T is, Consumer<T> setter) {
        // Setting a field drops a verbatim value kept for it: only do so when the user changed it.
        if (!Objects.equals(was, is)) {
            setter.accept(is);
        }
    }

    private static Double number(String field, String text, List<Problem> problems, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(Problem.of(field, "required"));
            }
            return null;
        }
        try {
            // Accept a decimal comma: French keyboards type "4,5".
            return Double.parseDouble(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(Problem.of(field, "not-a-number", text));
            return null;
        }
    }

    /** For tests and views: the error shown for a field, if any. */
    public Optional<String> errorFor(String field) {
        return Optional.ofNullable(errors.get(field));
    }
}
