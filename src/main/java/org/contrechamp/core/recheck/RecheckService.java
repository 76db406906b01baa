package org.contrechamp.core.recheck;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.sighting.Lifecycle;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingService;

/**
 * Going back to a camera already recorded (docs/adr/0050). Seen again, it is <em>confirmed</em>: its
 * {@code check_date} moves to that day (one marked removed is back in service); a new record would
 * make a duplicate. Gone, it is <em>removed</em>: status removed, the day in {@code check_date}, kept in the
 * history and listed apart by inventories. Both are ordinary revisions: the author's and a
 * coordinator's travel as any edit, anyone else's reaches the author as a proposal (ADR 0036), which
 * the author or a coordinator accepts, and which counts as that volunteer's confirmation.
 */
public final class RecheckService {

    private final SightingService sightings;
    private final Transactions transactions;
    private final Clock clock;

    /** @param clock its zone says which day "today" is */
    public RecheckService(SightingService sightings, Transactions transactions, Clock clock) {
        this.sightings = sightings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The camera was seen again on {@code date} (null: today). A camera marked removed that is seen
     * again is back in service. Returns the record as stored (unchanged when it already said so).
     */
    public Sighting confirm(UUID id, LocalDate date) {
        return transactions.inTransaction(() -> {
            Sighting s = live(id);
            LocalDate day = checkedDay(s, date);
            return sightings.update(Lifecycle.active(s.toBuilder()).checkDate(day).build());
        });
    }

    /**
     * The camera was found gone (or out of use: {@code disused}) on {@code date} (null: today); the
     * decision goes to the audit log with {@code comment}.
     */
    public Sighting remove(UUID id, LocalDate date, boolean disused, String comment) {
        return transactions.inTransaction(() -> {
            Sighting s = live(id);
            LocalDate day = checkedDay(s, date);
            Lifecycle how = disused ? Lifecycle.DISUSED : Lifecycle.REMOVED;
            // The sighting service appends the decision to the audit log, as it does for the form.
            return sightings.update(Lifecycle.mark(s.toBuilder(), how).checkDate(day).build(), comment);
        });
    }

    private Sighting live(UUID id) {
        return sightings.find(id).orElseThrow(() -> new InvalidInputException(
                Problem.of(id.toString(), "no-such-sighting", id.toString())));
    }

    /**
     * The day of the check: not in the future, not before the camera was surveyed, and not before the
     * check already recorded (an older visit tells nothing the record does not say).
     */
    private LocalDate checkedDay(Sighting s, LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = date == null ? today : date;
        if (day.isAfter(today)) {
            throw new InvalidInputException(Problem.of("--date", "recheck-date-future", day.toString(), today.toString()));
        }
        if (s.surveyDate() != null && day.isBefore(s.surveyDate())) {
            throw new InvalidInputException(Problem.of("--date", "recheck-before-survey", day.toString(),
                    s.surveyDate().toString()));
        }
        if (s.checkDate() != null && day.isBefore(s.checkDate())) {
            throw new InvalidInputException(Problem.of("--date", "recheck-date-older", day.toString(),
                    s.checkDate().toString()));
        }
        return day;
    }

}
