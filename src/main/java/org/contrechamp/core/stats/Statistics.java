package org.contrechamp.core.stats;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign at a glance: the cameras counted as the inventory counts them (reviewed, live, not
 * removed: drafts and deleted records are left out, removed cameras are only counted apart), by each
 * {@link StatsDimension}, over time and per volunteer. One model for the window's page and for
 * {@code stats --json}, so that both always say the same numbers.
 *
 * @param scope   the zone asked for, or the area's name (null without an area)
 * @param cameras how many cameras are counted
 * @param removed how many reviewed cameras are marked removed (not in the other counts)
 * @param by      for each dimension, the most frequent value first; "not known" last
 */
public record Statistics(String scope, LocalDate date, int cameras, int removed, Map<StatsDimension, List<Tally>> by,
        Timeline timeline, List<VolunteerCount> volunteers) {

    public Statistics {
        EnumMap<StatsDimension, List<Tally>> copy = new EnumMap<>(StatsDimension.class);
        for (StatsDimension d : StatsDimension.values()) {
            copy.put(d, List.copyOf(by.getOrDefault(d, List.of())));
        }
        by = java.util.Collections.unmodifiableMap(copy);
        volunteers = List.copyOf(volunteers);
    }

    public List<Tally> by(StatsDimension dimension) {
        return by.get(dimension);
    }

    public boolean empty() {
        return cameras == 0;
    }
}
