package org.contrechamp.core.inventory.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.inventory.Inventory;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.OsmValue;
import org.contrechamp.core.sighting.Sighting;

/** The words of a printed inventory, in its language. */
final class ReportText {

    private final Messages messages;
    private final DateTimeFormatter longDate;

    ReportText(Messages messages) {
        this.messages = messages;
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String longDate(LocalDate date) {
        return date == null ? "" : longDate.format(date);
    }

    /** Dates in tables: ISO (2026-05-01), the same width in every language. */
    static String shortDate(LocalDate date) {
        return date == null ? "—" : date.toString();
    }

    String zoneName(String name) {
        return name == null ? get("inventory.zone.outside") : name;
    }

    String kind(Sighting s) {
        return value("value.kind.", s.kind());
    }

    /** The label of an enumerated value, or — when it is not known. */
    String value(String prefix, OsmValue value) {
        if (value == null) {
            return get("value.none");
        }
        String key = prefix + value.osmValue();
        return messages.has(key) ? get(key) : value.osmValue();
    }

    /** The label of a value counted by its OSM value ("" for not known). */
    String counted(String prefix, String osmValue) {
        if (osmValue.isEmpty()) {
            return get("inventory.unknown");
        }
        String key = prefix + osmValue;
        return messages.has(key) ? get(key) : osmValue;
    }

    static String directions(Sighting s) {
        if (s.directions().isEmpty()) {
            return "—";
        }
        return s.directions().stream().map(Direction::toTag).map(t -> t + "°").collect(Collectors.joining(", "));
    }

    /** What the zones are, said on the cover. */
    String zonesNote(Inventory inventory) {
        return switch (inventory.zoneSource()) {
            case ADMINISTRATIVE -> get("inventory.zones.administrative", inventory.zoneLevel());
            case POSTAL_CODE -> get("inventory.zones.postal-code");
            case STREET_POSTCODE -> get("inventory.zones.street-postcode");
            case DRAWN -> get("inventory.zones.drawn", inventory.scope());
            case AREA_ONLY -> get("inventory.zones.area-only", inventory.scope());
            case NOT_READ -> get("inventory.zones.not-read", inventory.scope());
        };
    }
}
