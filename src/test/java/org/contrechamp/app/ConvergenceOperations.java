package org.contrechamp.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.Resolution;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.repository.SharingService;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.review.ReviewKind;
import org.contrechamp.core.review.ReviewService;
import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.OperatorType;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * What the people of the simulation do, one operation at a time, every choice drawn from one seeded
 * random: create a sighting, edit one field of one they hold, move it, delete it, bring it back,
 * decide a review item, accept or reject a proposal, sync. Every value set goes to the log.
 */
final class ConvergenceOperations {

    /** A few streets of the Marais: close enough that the same cameras get seen twice. */
    private static final double MIN_LAT = 48.8530;
    private static final double MIN_LON = 2.3460;
    private static final double SPAN = 0.0040;
    /** Few enough that two people often type the same operator: equal edits must merge silently. */
    private static final List<String> OPERATORS = List.of("Ville de Paris", "Préfecture de police", "RATP",
            "Monoprix", "SNCF", "BNP Paribas");
    private static final List<String> MODELS = List.of("AXIS P1455", "Hikvision DS-2CD", "Bosch Flexidome");
    /** Free-text fields the simulated people type a value into when deciding (core/merge TypedValues types more). */
    private static final List<SightingField> TEXT_FIELDS = List.of(SightingField.OPERATOR,
            SightingField.MANUFACTURER, SightingField.MODEL, SightingField.FIXME, SightingField.NOTE);

    private final Random random;
    private final ConvergenceLog log;
    private final List<Party> coordinators;
    private final String repository;
    private int step;

    ConvergenceOperations(Random random, ConvergenceLog log, List<Party> coordinators, String repository) {
        this.random = random;
        this.log = log;
        this.coordinators = coordinators;
        this.repository = repository;
    }

    void step(int number) {
        step = number;
    }

    int step() {
        return step;
    }

    /** One random operation by one party; an operation it cannot do (nothing to edit) becomes another. */
    void anyOperation(Party party, List<Party> everyone) {
        int roll = random.nextInt(100);
        if (roll < 12) {
            create(party);
        } else if (roll < 42) {
            editOrCreate(party);
        } else if (roll < 50) {
            heldRecord(party).ifPresentOrElse(s -> move(party, s), () -> create(party));
        } else if (roll < 55) {
            heldRecord(party).ifPresentOrElse(s -> delete(party, s), () -> create(party));
        } else if (roll < 59) {
            restoreOrSync(party);
        } else if (roll < 67) {
            decideAnyOrSync(everyone, party, false);
        } else if (roll < 72) {
            decideAnyOrSync(everyone, party, true);
        } else {
            sync(party);
        }
    }

    void create(Party party) {
        Sighting made = party.workspace.sightings().create(Sighting.newAt(position())
                .id(randomId(random))
                .kind(random.nextInt(5) == 0 ? Kind.ALPR : Kind.CAMERA)
                .cameraType(pick(CameraType.values()))
                .mount(pick(CameraMount.values()))
                .operator(pick(OPERATORS))
                .height(height())
                .build());
        log.created(made.id(), party.name);
        for (SightingField f : List.of(SightingField.POSITION, SightingField.KIND, SightingField.CAMERA_TYPE,
                SightingField.MOUNT, SightingField.OPERATOR, SightingField.HEIGHT)) {
            log.edit(new ConvergenceLog.Edit(step, party.name, made.id(), MergeField.of(f), f.valueOf(made), null,
                    "create"));
        }
        log.journal(step, party.name, "create " + ConvergenceLog.shortId(made.id()));
    }

    private void editOrCreate(Party party) {
        Optional<Sighting> held = heldRecord(party);
        if (held.isEmpty()) {
            create(party);
            return;
        }
        Sighting s = held.get();
        Sighting.Builder edited = s.toBuilder();
        MergeField field;
        switch (random.nextInt(8)) {
            case 0 -> {
                field = MergeField.of(SightingField.OPERATOR);
                edited.operator(pick(OPERATORS));
            }
            case 1 -> {
                field = MergeField.of(SightingField.CAMERA_TYPE);
                edited.cameraType(pick(CameraType.values()));
            }
            case 2 -> {
                field = MergeField.of(SightingField.MOUNT);
                edited.mount(pick(CameraMount.values()));
            }
            case 3 -> {
                field = MergeField.of(SightingField.HEIGHT);
                edited.height(height());
            }
            case 4 -> {
                field = MergeField.of(SightingField.OPERATOR_TYPE);
                edited.operatorType(pick(OperatorType.values()));
            }
            case 5 -> {
                field = MergeField.of(SightingField.MODEL);
                edited.model(pick(MODELS));
            }
            case 6 -> {
                // Unique text: an edit that vanishes cannot hide behind someone else's equal value.
                field = MergeField.of(SightingField.NOTE);
                edited.note("Vue sur l'entrée, relevé " + step + " par " + party.name);
            }
            default -> {
                String key = pick(List.of("ref", "lit", "description"));
                field = MergeField.extraTag(key);
                edited.extraTag(key, switch (key) {
                    case "ref" -> "CAM-" + step;
                    case "lit" -> random.nextBoolean() ? "yes" : "no";
                    default -> "Relevé " + step + " par " + party.name;
                });
            }
        }
        store(party, s, edited.build(), field, "edit");
    }

    private void move(Party party, Sighting s) {
        store(party, s, s.toBuilder().position(position()).build(), MergeField.of(SightingField.POSITION), "move");
    }

    private void store(Party party, Sighting before, Sighting edited, MergeField field, String how) {
        Object was = RecordHead.valueOf(field, Version.of(before));
        Object now = RecordHead.valueOf(field, Version.of(edited));
        if (Objects.equals(was, now)) {
            log.journal(step, party.name, how + " " + ConvergenceLog.shortId(before.id()) + " " + field.path()
                    + " unchanged");
            return;
        }
        party.workspace.sightings().update(edited);
        log.edit(new ConvergenceLog.Edit(step, party.name, before.id(), field, now, was, how));
        log.journal(step, party.name, how + " " + ConvergenceLog.shortId(before.id()) + " " + field.path() + "=" + now);
    }

    private void delete(Party party, Sighting s) {
        party.workspace.sightings().delete(s.id());
        log.edit(new ConvergenceLog.Edit(step, party.name, s.id(), MergeField.DELETION, true, false, "delete"));
        log.journal(step, party.name, "delete " + ConvergenceLog.shortId(s.id()));
    }

    private void restoreOrSync(Party party) {
        List<UUID> deleted = log.records().stream()
                .filter(id -> RecordHead.of(party, id).map(RecordHead::deleted).orElse(false)).toList();
        if (deleted.isEmpty()) {
            sync(party);
            return;
        }
        UUID id = deleted.get(random.nextInt(deleted.size()));
        party.workspace.sightings().restore(id);
        log.edit(new ConvergenceLog.Edit(step, party.name, id, MergeField.DELETION, false, true, "restore"));
        log.journal(step, party.name, "restore " + ConvergenceLog.shortId(id));
    }

    SharingService.SyncReport sync(Party party) {
        log.offered(party.workspace.sightings().listLive().stream().map(Sighting::id).toList());
        SharingService.SyncReport report = party.sync(repository);
        log.journal(step, party.name, "sync: published " + report.result().published() + ", imported "
                + report.result().imported().size() + ", rejected " + report.result().rejected() + ", to review "
                + report.toReview().stream().map(c -> c.reason() + " " + ConvergenceLog.shortId(c.sightingId()))
                .toList());
        return report;
    }

    /**
     * Someone who may decide (a coordinator, or the record's author) decides one of their open items:
     * any kind with a choice per decision, or ({@code proposalsOnly}) a proposal accepted or rejected whole.
     */
    private void decideAnyOrSync(List<Party> everyone, Party fallback, boolean proposalsOnly) {
        List<Party> deciders = new ArrayList<>();
        for (Party p : everyone) {
            if (!decidable(p, proposalsOnly).isEmpty()) {
                deciders.add(p);
            }
        }
        if (deciders.isEmpty()) {
            sync(fallback);
            return;
        }
        Party decider = deciders.get(random.nextInt(deciders.size()));
        List<ReviewItem> items = decidable(decider, proposalsOnly);
        ReviewItem item = items.get(random.nextInt(items.size()));
        if (proposalsOnly) {
            acceptOrReject(decider, item);
        } else {
            resolve(decider, item);
        }
    }

    /** The open items a party may decide, in an order that does not depend on local numbering. */
    List<ReviewItem> decidable(Party party, boolean proposalsOnly) {
        return review(party).open().stream()
                .filter(item -> mayDecide(party, item))
                .filter(item -> !proposalsOnly || item.kind() == ReviewKind.PROPOSAL)
                .sorted(Comparator.comparing(ReviewItem::sightingId).thenComparing(i -> i.kind().name())
                        .thenComparing(i -> i.decisions().toString()))
                .toList();
    }

    boolean mayDecide(Party party, ReviewItem item) {
        return coordinators.contains(party) || party.name.equals(log.author(item.sightingId()));
    }

    /** Decides an item with a random choice per decision (mine, theirs, or a typed text) and a comment. */
    void resolve(Party party, ReviewItem item) {
        ReviewCase seen = shown(party, item);
        Map<MergeField, Choice> choices = new LinkedHashMap<>();
        for (MergeField field : seen.item().decisions()) {
            int roll = random.nextInt(isText(field) ? 3 : 2);
            choices.put(field, switch (roll) {
                case 0 -> Choice.mine();
                case 1 -> Choice.theirs();
                default -> Choice.typed(field instanceof MergeField.ExtraTag ? "tapé-" + step
                        : "Tapé par " + party.name + " au pas " + step);
            });
        }
        String comment = "Décidé par " + party.name + " au pas " + step;
        review(party).resolve(item.id(), Resolution.of(choices), comment);
        decided(party, seen, choices, comment, "resolve");
    }

    private void acceptOrReject(Party party, ReviewItem item) {
        ReviewCase seen = shown(party, item);
        boolean accept = random.nextBoolean();
        Map<MergeField, Choice> choices = new LinkedHashMap<>();
        seen.item().decisions().forEach(f -> choices.put(f, accept ? Choice.theirs() : Choice.mine()));
        String comment = (accept ? "Accepté" : "Refusé") + " par " + party.name + " au pas " + step;
        if (accept) {
            review(party).accept(item.id(), comment);
        } else {
            review(party).reject(item.id(), comment);
        }
        decided(party, seen, choices, comment, accept ? "accept" : "reject");
    }

    private ReviewCase shown(Party party, ReviewItem item) {
        return review(party).show(item.id()).orElseThrow(() ->
                new AssertionError(party.name + ": open item " + item.id() + " cannot be shown"));
    }

    /** Logs a decision, and each decided value as it now stands on the decider's computer. */
    private void decided(Party party, ReviewCase seen, Map<MergeField, Choice> choices, String comment, String how) {
        UUID record = seen.item().sightingId();
        log.decided(new ConvergenceLog.Decision(step, party.name, seen.item().id(), seen, choices, comment));
        RecordHead after = RecordHead.of(party, record).orElseThrow(() ->
                new AssertionError(party.name + " decided item " + seen.item().id() + " and holds no record "
                        + record));
        for (MergeField field : seen.item().decisions()) {
            log.edit(new ConvergenceLog.Edit(step, party.name, record, field, after.valueOf(field),
                    RecordHead.valueOf(field, seen.mine()), how));
        }
        log.journal(step, party.name, how + " " + seen.item().kind() + " " + ConvergenceLog.shortId(record)
                + " from " + seen.item().signerName() + " " + choices);
    }

    static ReviewService review(Party party) {
        ReviewService review = party.workspace.review();
        if (review == null) {
            throw new AssertionError(party.name + ": Workspace.review() returned null: the review queue is not"
                    + " implemented, so conflicts and proposals cannot be decided");
        }
        return review;
    }

    private Optional<Sighting> heldRecord(Party party) {
        List<Sighting> live = party.workspace.sightings().listLive();
        return live.isEmpty() ? Optional.empty() : Optional.of(live.get(random.nextInt(live.size())));
    }

    private static boolean isText(MergeField field) {
        return field instanceof MergeField.ExtraTag
                || field instanceof MergeField.Plain plain && TEXT_FIELDS.contains(plain.field());
    }

    /** A version 4 UUID drawn from {@code random}: the same ids for the same seed. */
    static UUID randomId(Random random) {
        long msb = random.nextLong() & ~0xF000L | 0x4000L;
        long lsb = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    private Position position() {
        // Six decimals: about 10 cm, what a person clicking on a map gives.
        double lat = Math.round((MIN_LAT + random.nextDouble() * SPAN) * 1e6) / 1e6;
        double lon = Math.round((MIN_LON + random.nextDouble() * SPAN) * 1e6) / 1e6;
        return Position.manual(lat, lon);
    }

    private Double height() {
        return 2.5 + 0.5 * random.nextInt(12);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
