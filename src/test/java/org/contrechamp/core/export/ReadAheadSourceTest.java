package org.contrechamp.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.contrechamp.core.sighting.DamagedRecord;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.Test;

/** The export's read-ahead: same records in the same order, failures on the writer's side, stops both ways. */
class ReadAheadSourceTest {

    private static final Sighting CAMERA = ExportTestData.camera(43.73, 7.42, "Rue Grimaldi");

    /** {@code count} records, every seventh one damaged, each numbered by its place. */
    private static final class Numbered implements SightingSource {
        final int count;
        final AtomicInteger handed = new AtomicInteger();
        RuntimeException failAt;
        int failIndex = -1;

        Numbered(int count) {
            this.count = count;
        }

        @Override
        public void forEachLive(Consumer<Sighting> each, Consumer<DamagedRecord> damaged) {
            for (int i = 0; i < count; i++) {
                if (i == failIndex) {
                    throw failAt;
                }
                handed.incrementAndGet();
                if (i % 7 == 3) {
                    damaged.accept(new DamagedRecord(new UUID(0, i), i, "cut"));
                } else {
                    each.accept(CAMERA.toBuilder().revision(i).build());
                }
            }
        }
    }

    @Test
    void everyRecordArrivesInItsPlaceDamagedOnesIncluded() {
        Numbered source = new Numbered(5_003);
        List<Long> order = new ArrayList<>();
        new ReadAheadSource(source).forEachLive(s -> order.add(s.revision()), d -> order.add(-d.revision()));
        assertThat(order).hasSize(5_003);
        for (int i = 0; i < order.size(); i++) {
            assertThat(Math.abs(order.get(i))).isEqualTo(i);
            assertThat(order.get(i) < 0).isEqualTo(i % 7 == 3);
        }
    }

    @Test
    void anEmptySourceEndsAtOnce() {
        List<Sighting> seen = new ArrayList<>();
        new ReadAheadSource(new Numbered(0)).forEachLive(seen::add, d -> { });
        assertThat(seen).isEmpty();
    }

    @Test
    void aReadingFailureIsThrownOnTheWritersThreadAfterTheRecordsBeforeIt() {
        Numbered source = new Numbered(3_000);
        source.failIndex = 2_000;
        source.failAt = new UncheckedIOException(new IOException("disk gone"));
        AtomicInteger seen = new AtomicInteger();
        assertThatThrownBy(() -> new ReadAheadSource(source).forEachLive(s -> seen.incrementAndGet(),
                d -> seen.incrementAndGet()))
                .isSameAs(source.failAt);
        assertThat(seen.get()).isEqualTo(2_000);
    }

    @Test
    void aWriterThatStopsStopsTheReadingToo() {
        Numbered source = new Numbered(10_000_000);
        AtomicInteger seen = new AtomicInteger();
        IllegalStateException full = new IllegalStateException("disk full");
        assertThatThrownBy(() -> new ReadAheadSource(source).forEachLive(s -> {
            if (seen.incrementAndGet() == 1_000) {
                throw full;
            }
        }, d -> { })).isSameAs(full);
        // Returned only once the reading thread ended: it read a few batches ahead, not to the end.
        assertThat(source.handed.get()).isLessThan(20_000);
    }
}
