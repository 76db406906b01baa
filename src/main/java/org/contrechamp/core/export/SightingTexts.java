package org.contrechamp.core.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.StringJoiner;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.DirectionParser;
import org.contrechamp.core.sighting.OsmValue;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.Status;

/**
 * What a person reads of a sighting on a published map (uMap, Framacarte, Google Earth, Organic
 * Maps): a name ("Camera · Ville de Paris") and a description, one "Field: value" line per known
 * field, in the user's language, with the same labels as the window.
 */
public final class SightingTexts {

    private final Messages messages;
    private final DateTimeFormatter dates;
    /**
     * Labels and value names by message key: each lookup formats a message, and an export of 100,000
     * sightings asks for the same few dozen a million times.
     */
    private final java.util.Map<String, String> said = new java.util.concurrent.ConcurrentHashMap<>();

    public SightingTexts(Messages messages) {
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
    }

    public String name(Sighting s) {
        String kind = s.kind() == null ? said("export.unknown-kind") : value(s.kind());
        return s.operator() == null ? kind : kind + " · " + s.operator();
    }

    public String description(Sighting s) {
        StringJoiner lines = new StringJoiner("\n");
        line(lines, "cameraType", s.cameraType() == null ? null : value(s.cameraType()));
        line(lines, "mount", s.mount() == null ? null : value(s.mount()));
        line(lines, "directions", s.directions().isEmpty() ? null : DirectionParser.format(s.directions()) + "°");
        line(lines, "area", s.area() == null ? null : value(s.area()));
        line(lines, "zone", s.zone() == null ? null : value(s.zone()));
        line(lines, "operator", s.operator());
        line(lines, "operatorType", s.operatorType() == null ? null : value(s.operatorType()));
        line(lines, "manufacturer", s.manufacturer());
        line(lines, "model", s.model());
        line(lines, "street", s.street() == null ? null : s.street().name());
        line(lines, "surveyDate", date(s.surveyDate()));
        line(lines, "checkDate", date(s.checkDate()));
        line(lines, "status", s.status() == Status.ACTIVE ? null : value(s.status()));
        line(lines, "note", s.note());
        return lines.toString();
    }

    private void line(StringJoiner lines, String field, String value) {
        if (value != null) {
            lines.add(said.computeIfAbsent("field." + field, k -> messages.fieldLabel(field)
                    + messages.get("export.label-separator")) + value);
        }
    }

    private String value(OsmValue value) {
        return said(value.labelKey());
    }

    private String said(String key) {
        return said.computeIfAbsent(key, messages::get);
    }

    private String date(LocalDate date) {
        return date == null ? null : dates.format(date);
    }
}
