package org.contrechamp.core.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Consumer;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingTags;

/**
 * The tags a sighting gives its OpenStreetMap node: its {@code man_made=surveillance} tags one to one,
 * without Contrechamp's own {@code contrechamp:*} tags, {@code source=survey} and the
 * {@code survey:date} (the day it was surveyed, else photographed, else recorded). A tag OSM would
 * refuse is left out and reported ({@link OsmTagRules}).
 */
final class OsmNodeTags {

    static final String SOURCE = "source";

    private OsmNodeTags() {
    }

    static SortedMap<String, String> of(Sighting s, Consumer<LeftOutTag> leftOut) {
        SortedMap<String, String> tags = SightingTags.toTags(s, false);
        tags.putIfAbsent(SOURCE, "survey");
        LocalDate surveyed = surveyDay(s);
        if (surveyed != null) {
            tags.putIfAbsent(SightingTags.SURVEY_DATE, surveyed.toString());
        }
        for (Iterator<Map.Entry<String, String>> it = tags.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, String> tag = it.next();
            var refusal = OsmTagRules.refusal(tag.getKey(), tag.getValue());
            if (refusal.isPresent()) {
                leftOut.accept(new LeftOutTag(s.id(), tag.getKey(), refusal.get()));
                it.remove();
            }
        }
        return tags;
    }

    private static LocalDate surveyDay(Sighting s) {
        if (s.surveyDate() != null) {
            return s.surveyDate();
        }
        if (s.surveyedAt() != null) {
            return s.surveyedAt().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return s.createdAt() == null ? null : s.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
