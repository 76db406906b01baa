package org.contrechamp.core.stats;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.i18n.Messages;

/** The plots of a {@link Statistics}, in the order the page shows them, labelled in one language. */
public final class StatsTables {

    /** A fingerprint is named by this many of its first hex digits when no pseudonym is known. */
    private static final int SHORT_KEY = 8;

    private StatsTables() {
    }

    public static List<StatsTable> of(Statistics stats, Messages messages) {
        List<StatsTable> tables = new ArrayList<>();
        for (StatsDimension d : StatsDimension.values()) {
            tables.add(tally(d, stats, messages));
        }
        tables.add(timeline(stats.timeline(), messages));
        tables.add(volunteers(stats, messages));
        return tables;
    }

    private static StatsTable tally(StatsDimension d, Statistics stats, Messages messages) {
        List<StatsTable.Row> rows = new ArrayList<>();
        for (Tally t : stats.by(d)) {
            rows.add(new StatsTable.Row(label(d, t, messages), t.value(), t.count()));
        }
        boolean osmValues = d == StatsDimension.KIND || d == StatsDimension.TYPE || d == StatsDimension.MOUNT;
        String valueColumn = osmValues ? "stats.column.osm-value" : "stats.column.as-written";
        return new StatsTable(d.code(), messages.get("stats.plot." + d.code()), messages.get("stats.column." + d.code()),
                messages.get(valueColumn), messages.get("stats.column.cameras"), rows);
    }

    private static String label(StatsDimension d, Tally t, Messages messages) {
        if (t.unknown()) {
            return messages.get(switch (d) {
                case ZONE -> "stats.outside-zones";
                case STREET -> "stats.no-street";
                default -> "stats.unknown";
            });
        }
        return t.labelKey() != null && messages.has(t.labelKey()) ? messages.get(t.labelKey()) : t.value();
    }

    private static StatsTable timeline(Timeline timeline, Messages messages) {
        String step = timeline.step().name().toLowerCase(java.util.Locale.ROOT);
        boolean oneYear = timeline.periods().isEmpty()
                || timeline.periods().get(0).start().getYear() == timeline.periods().get(timeline.periods().size() - 1).start().getYear();
        DateTimeFormatter format = DateTimeFormatter.ofPattern(switch (timeline.step()) {
            case WEEK -> oneYear ? "d MMM" : "d MMM yyyy";
            case MONTH -> "MMM yyyy";
            case YEAR -> "yyyy";
        }, messages.locale());
        List<StatsTable.Row> rows = new ArrayList<>();
        for (Timeline.Period p : timeline.periods()) {
            rows.add(new StatsTable.Row(format.format(p.start()), p.start().toString(), p.count()));
        }
        return new StatsTable("time", messages.get("stats.plot.time-" + step), messages.get("stats.column.time-" + step),
                messages.get("stats.column.start"), messages.get("stats.column.cameras"), rows);
    }

    private static StatsTable volunteers(Statistics stats, Messages messages) {
        List<StatsTable.Row> rows = new ArrayList<>();
        for (VolunteerCount v : stats.volunteers()) {
            rows.add(new StatsTable.Row(name(v, messages), v.self() || VolunteerCount.UNKNOWN.equals(v.key()) ? "" : v.key(),
                    v.cameras()));
        }
        return new StatsTable("volunteers", messages.get("stats.plot.volunteers"), messages.get("stats.column.volunteer"),
                messages.get("stats.column.key"), messages.get("stats.column.cameras"), rows);
    }

    /** A volunteer as people know them: their pseudonym, else the start of their key. */
    public static String name(VolunteerCount v, Messages messages) {
        if (VolunteerCount.UNKNOWN.equals(v.key())) {
            return messages.get("stats.volunteer-unknown");
        }
        if (v.self()) {
            return v.name() == null ? messages.get("stats.volunteer-me") : messages.get("stats.volunteer-me-named", v.name());
        }
        return v.name() != null ? v.name()
                : messages.get("stats.volunteer-key", v.key().substring(0, Math.min(SHORT_KEY, v.key().length())));
    }
}
