package org.contrechamp.app;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import org.contrechamp.core.area.OsmCamera;
import org.contrechamp.core.area.OsmCameras;
import org.contrechamp.core.bundle.AuthorshipLedger;
import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.audit.AuditLog;
import org.contrechamp.core.duplicate.DecidedPairs;
import org.contrechamp.core.duplicate.DecisionListener;
import org.contrechamp.core.duplicate.DuplicateDecision;
import org.contrechamp.core.duplicate.DuplicateRules;
import org.contrechamp.core.duplicate.DuplicateService;
import org.contrechamp.core.duplicate.OsmNodeLink;
import org.contrechamp.core.duplicate.RecordAuthors;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.core.settings.SettingsStore;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.storage.Database;
import org.contrechamp.storage.SqliteDecidedPairs;
import org.contrechamp.storage.SqliteDuplicateDecisions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The duplicate desk's parts, wired for one data directory (kept out of LocalWorkspace, which is long enough). */
final class DuplicateWiring {

    private static final Logger LOG = LoggerFactory.getLogger(DuplicateWiring.class);

    /** How far around a sighting its linked node is looked for in the area. */
    private static final double LINK_REACH_M = 200;

    private DuplicateWiring() {
    }

    /**
     * The duplicates service: the finder skips pairs decided here (V009) or carried by the records'
     * revisions, received ones included (V011); every decision is appended to the audit log in the
     * transaction that stores it.
     */
    static DuplicateService service(SightingService sightings, Database database, SettingsStore settings,
            AuthorshipLedger authorship, Supplier<Optional<OsmCameras>> cameras, AuditLog audit, Clock clock) {
        Transactions transactions = database;
        DecidedPairs carried = new SqliteDecidedPairs(database);
        DuplicateService service = new DuplicateService(sightings, new SqliteDuplicateDecisions(database),
                carried::snapshot, transactions, () -> rules(settings.load()), () -> authors(authorship),
                cameras, clock);
        service.setListener(audited(audit));
        return service;
    }

    /** Each duplicate decision as its audit entry, with its comment: MERGE (survivor, then the record merged away) or DISTINCT. */
    static DecisionListener audited(AuditLog audit) {
        return (decision, first, second, comment) -> {
            if (decision.kind() == DuplicateDecision.Kind.MERGED) {
                audit.merged(decision.survivor(), decision.loser(), comment);
            } else {
                audit.distinct(first.id(), second.id(), comment);
            }
        };
    }

    /** The rules of the settings; a distance out of range (a hand-edited file) falls back to the default. */
    static DuplicateRules rules(Settings settings) {
        try {
            return new DuplicateRules(settings.duplicateDistanceMeters(), settings.fieldOfViewDegrees());
        } catch (IllegalArgumentException e) {
            LOG.warn("duplicate settings out of range ({}); using the defaults", e.getMessage());
            return DuplicateRules.DEFAULTS;
        }
    }

    /**
     * Every record's author, read once per search in one query: the finder has just read every live
     * record, and reading them all again only for their ids doubled the time of a search.
     */
    private static RecordAuthors authors(AuthorshipLedger authorship) {
        Map<java.util.UUID, Fingerprint> known = authorship.allAuthors();
        return id -> Optional.ofNullable(known.get(id)).map(Fingerprint::hex);
    }

    /** The OSM camera a sighting was linked to, if the area holds it. */
    static Optional<OsmCamera> linkedNode(OsmCameras cameras, Sighting s) {
        OptionalLong node = OsmNodeLink.of(s);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        BoundingBox around = BoundingBox.around(s.position().latitude(), s.position().longitude(), LINK_REACH_M);
        return cameras.inBox(around).stream().filter(c -> c.nodeId() == node.getAsLong()).findFirst();
    }
}
