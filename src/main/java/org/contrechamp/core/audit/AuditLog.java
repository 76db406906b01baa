package org.contrechamp.core.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.identity.PublicIdentity;

/**
 * The coordinator's decisions, appended as they are taken (docs/adr/0050): who (this data directory's
 * key and pseudonym), when, what (the kind and the records or key it is about) and why (a comment).
 *
 * <p>Each service that takes a decision calls one of these methods <em>inside the transaction that
 * stores the decision</em>, so that the decision and its entry are kept together or not at all. The
 * entries never leave this computer: they say what was decided here.
 */
public final class AuditLog {

    private final AuditStore store;
    private final Supplier<Optional<PublicIdentity>> self;
    private final Clock clock;

    /** @param self this data directory's identity, when it has one (asked at each decision) */
    public AuditLog(AuditStore store, Supplier<Optional<PublicIdentity>> self, Clock clock) {
        this.store = store;
        this.self = self;
        this.clock = clock;
    }

    /** A log that keeps nothing, for services built without one (tests, earlier callers). */
    public static AuditLog none() {
        return new AuditLog(AuditStore.NONE, Optional::empty, Clock.systemUTC());
    }

    /** A key trusted, renamed or given a role ({@code detail}: role and name). */
    public Decision keyTrusted(String fingerprintHex, String detail) {
        return append(DecisionKind.TRUST, List.of(), fingerprintHex, 0, detail, null);
    }

    public Decision keyRevoked(String fingerprintHex, String comment) {
        return append(DecisionKind.REVOKE, List.of(), fingerprintHex, 0, null, comment);
    }

    /**
     * A review item decided: {@link DecisionKind#ACCEPT}, {@link DecisionKind#REJECT} or
     * {@link DecisionKind#RESOLVE}; {@code how} is the choice per field as JSON.
     */
    public Decision reviewDecided(DecisionKind kind, long item, UUID sightingId, String how, String comment) {
        if (kind != DecisionKind.ACCEPT && kind != DecisionKind.REJECT && kind != DecisionKind.RESOLVE) {
            throw new IllegalArgumentException("not a review decision: " + kind);
        }
        return append(kind, List.of(sightingId), null, item, how, comment);
    }

    /** A camera marked removed ({@code detail}: the day and whether it is gone or out of use). */
    public Decision cameraRemoved(UUID sightingId, String detail, String comment) {
        return append(DecisionKind.REMOVE, List.of(sightingId), null, 0, detail, comment);
    }

    /**
     * Two records of one camera merged: {@code merged} became a tombstone pointing at {@code survivor}.
     * For the duplicates' desk; call it in the transaction that stores both revisions.
     */
    public Decision merged(UUID survivor, UUID merged, String comment) {
        requireTwo(survivor, merged);
        return append(DecisionKind.MERGE, List.of(survivor, merged), null, 0, null, comment);
    }

    /** Two records found to be two cameras: the pair is never suggested again. */
    public Decision distinct(UUID first, UUID second, String comment) {
        requireTwo(first, second);
        return append(DecisionKind.DISTINCT, List.of(first, second), null, 0, null, comment);
    }

    /** Every entry, oldest first. */
    public List<Decision> list() {
        return store.all();
    }

    /** The entries about one record, oldest first. */
    public List<Decision> about(UUID sightingId) {
        return store.about(sightingId);
    }

    private Decision append(DecisionKind kind, List<UUID> records, String key, long item, String detail,
            String comment) {
        Optional<PublicIdentity> me = self.get();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Decision d = new Decision(0, now, me.map(i -> i.fingerprint().hex()).orElse(null),
                me.map(PublicIdentity::name).orElse(""), kind, records, key, item, detail, comment);
        return d.withId(store.append(d));
    }

    private static void requireTwo(UUID a, UUID b) {
        if (a == null || b == null || a.equals(b)) {
            throw new InvalidInputException(Problem.of(String.valueOf(a), "audit-same-record", a));
        }
    }
}
