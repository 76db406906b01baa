package org.contrechamp.core.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.Test;

/** Following "merged into" tombstones: the last live record, or a problem that names the records. */
class MergeChainTest {

    private final Map<UUID, HistoryEntry> heads = new HashMap<>();

    private UUID live() {
        UUID id = UUID.randomUUID();
        put(id, Sighting.newAt(Position.manual(1, 1)).id(id).build(), false);
        return id;
    }

    private UUID mergedInto(String target) {
        UUID id = UUID.randomUUID();
        put(id, Sighting.newAt(Position.manual(1, 1)).id(id).extraTag(MergedInto.KEY, target).build(), true);
        return id;
    }

    private void put(UUID id, Sighting s, boolean deleted) {
        heads.put(id, new HistoryEntry(heads.size() + 1, new Change(id, 2, 1, deleted ? ChangeKind.DELETE : ChangeKind.UPDATE,
                Instant.EPOCH, Set.of(), Change.LOCAL), s, deleted));
    }

    private MergeChain.Followed follow(UUID id) {
        return MergeChain.follow(id, x -> Optional.ofNullable(heads.get(x)));
    }

    @Test
    void aChainOfMergesEndsAtTheLastLiveRecord() {
        UUID c = live();
        UUID b = mergedInto(c.toString());
        UUID a = mergedInto(b.toString());
        MergeChain.Followed f = follow(a);
        assertThat(f.live()).contains(c);
        assertThat(f.path()).containsExactly(a, b, c);
        assertThat(f.merged()).isTrue();
        assertThat(f.problem()).isEmpty();
        assertThat(follow(c).merged()).isFalse();
    }

    @Test
    void aLoopIsNamedWithEveryRecordOnIt() {
        UUID a = UUID.randomUUID();
        UUID b = mergedInto(a.toString());
        put(a, Sighting.newAt(Position.manual(1, 1)).id(a).extraTag(MergedInto.KEY, b.toString()).build(), true);
        MergeChain.Followed f = follow(a);
        assertThat(f.end()).isEqualTo(MergeChain.End.LOOP);
        assertThat(f.path()).containsExactly(a, b, a);
        assertThat(f.live()).isEmpty();
        assertThat(f.problem().orElseThrow().code()).isEqualTo("merge-chain-loop");
        assertThat(f.problem().orElseThrow().args().get(1).toString()).isEqualTo(a + " → " + b + " → " + a);
    }

    @Test
    void aRecordNotHeldYetADeletedSurvivorAndABadTagEachSaySo() {
        UUID nowhere = UUID.randomUUID();
        assertThat(follow(mergedInto(nowhere.toString())).problem().orElseThrow().code()).isEqualTo("merge-chain-missing");
        assertThat(follow(nowhere).end()).isEqualTo(MergeChain.End.UNKNOWN);
        UUID gone = mergedInto(live().toString());
        UUID deletedSurvivor = UUID.randomUUID();
        put(deletedSurvivor, Sighting.newAt(Position.manual(1, 1)).id(deletedSurvivor).build(), true);
        assertThat(follow(mergedInto(deletedSurvivor.toString())).problem().orElseThrow().code())
                .isEqualTo("merge-chain-deleted");
        assertThat(follow(deletedSurvivor).problem().orElseThrow().code()).isEqualTo("merge-chain-deleted-record");
        MergeChain.Followed bad = follow(mergedInto("the other one"));
        assertThat(bad.end()).isEqualTo(MergeChain.End.BAD_TAG);
        assertThat(bad.problem().orElseThrow().args()).containsExactly(bad.start().toString(), "the other one");
        assertThat(follow(gone).live()).isPresent();
    }

    @Test
    void aChainLongerThanAnyCampaignMakesIsNotFollowedForever() {
        UUID next = live();
        for (int i = 0; i < MergeChain.MAX_LENGTH + 5; i++) {
            next = mergedInto(next.toString());
        }
        assertThat(follow(next).end()).isEqualTo(MergeChain.End.TOO_LONG);
        assertThat(List.of(follow(next).problem().orElseThrow().code())).containsExactly("merge-chain-too-long");
    }
}
