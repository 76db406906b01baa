package org.contrechamp.core.duplicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.contrechamp.core.common.Problem;
import org.contrechamp.core.sighting.HistoryEntry;

/**
 * Follows "merged into" tombstones to the record that lives on: A merged into B, B later merged into
 * C, gives C. Records arrive in any order and tags are written by people, so a chain can loop (two
 * coordinators merging A into B and B into A apart), name a record not received yet, or end on a
 * record deleted since: each ends the walk with a {@link Problem} that names the records, and
 * nothing is changed by looking (docs/adr/0049).
 */
public final class MergeChain {

    /** Longer than any chain of merges a campaign makes; past it the walk stops rather than trust the tags. */
    static final int MAX_LENGTH = 64;

    /** How a walk ended. */
    public enum End {
        /** At a live record: the one the chain's records live on in. */
        LIVE,
        /** The first record is not held here. */
        UNKNOWN,
        /** A tag names a record not held here (yet: its bundle may come later). */
        MISSING,
        /** At a tombstone merged into nothing: deleted since, or deleted rather than merged. */
        DELETED,
        /** Back at a record already on the path. */
        LOOP,
        /** A tag whose value is no record id. */
        BAD_TAG,
        TOO_LONG
    }

    /**
     * @param path the records walked, the first one first and, for a loop, the record met again last
     * @param bad  the tag's text for {@link End#BAD_TAG}, else null
     */
    public record Followed(List<UUID> path, End end, String bad) {

        public Followed {
            path = List.copyOf(path);
        }

        public UUID start() {
            return path.get(0);
        }

        public UUID last() {
            return path.get(path.size() - 1);
        }

        /** The live record at the end of the chain, when the walk reached one. */
        public Optional<UUID> live() {
            return end == End.LIVE ? Optional.of(last()) : Optional.empty();
        }

        /** Whether the first record is a tombstone merged into another. */
        public boolean merged() {
            return path.size() > 1 || end == End.BAD_TAG;
        }

        /** What went wrong, in words the message bundle holds ({@code problem.merge-chain-*}); empty when all is well. */
        public Optional<Problem> problem() {
            String id = start().toString();
            return switch (end) {
                case LIVE -> Optional.empty();
                case UNKNOWN -> Optional.of(Problem.of(id, "merge-chain-unknown", id));
                case MISSING -> Optional.of(Problem.of(id, "merge-chain-missing", id, last().toString()));
                case DELETED -> Optional.of(path.size() == 1 ? Problem.of(id, "merge-chain-deleted-record", id)
                        : Problem.of(id, "merge-chain-deleted", id, last().toString()));
                case LOOP -> Optional.of(Problem.of(id, "merge-chain-loop", id,
                        path.stream().map(UUID::toString).collect(Collectors.joining(" → "))));
                case BAD_TAG -> Optional.of(Problem.of(id, "merge-chain-bad-tag", last().toString(), bad));
                case TOO_LONG -> Optional.of(Problem.of(id, "merge-chain-too-long", id, MAX_LENGTH));
            };
        }
    }

    private MergeChain() {
    }

    /**
     * @param heads the current revision of a record, empty when it is not held
     */
    public static Followed follow(UUID start, Function<UUID, Optional<HistoryEntry>> heads) {
        List<UUID> path = new ArrayList<>();
        path.add(start);
        UUID current = start;
        while (path.size() <= MAX_LENGTH) {
            Optional<HistoryEntry> head = heads.apply(current);
            if (head.isEmpty()) {
                return new Followed(path, path.size() == 1 ? End.UNKNOWN : End.MISSING, null);
            }
            if (!head.get().deleted()) {
                return new Followed(path, End.LIVE, null);
            }
            Optional<String> tag = DecisionTags.mergedInto(head.get().after(), true);
            if (tag.isEmpty()) {
                return new Followed(path, End.DELETED, null);
            }
            Optional<UUID> next = DecisionTags.parse(tag.get().strip());
            if (next.isEmpty()) {
                return new Followed(path, End.BAD_TAG, tag.get());
            }
            boolean seen = path.contains(next.get());
            path.add(next.get());
            if (seen) {
                return new Followed(path, End.LOOP, null);
            }
            current = next.get();
        }
        return new Followed(path, End.TOO_LONG, null);
    }
}
