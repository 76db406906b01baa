package org.contrechamp.core.area;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import org.contrechamp.core.area.build.AreaAssembler;
import org.contrechamp.core.area.osm.OsmFileReader;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an OSM extract as the area: reads the whole file, then writes the new area beside the old
 * one and swaps them in one step. Whatever goes wrong (bad file, no streets, cancellation, full
 * disk), the previous area stays as it was.
 */
public final class AreaImporter {

    private static final Logger LOG = LoggerFactory.getLogger(AreaImporter.class);

    private final AreaRepository repository;
    private final Clock clock;

    public AreaImporter(AreaRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Imports a {@code .osm.pbf}, {@code .osm} or {@code .osm.gz} file.
     *
     * @param source  how the summary names where the area came from (the file name, or the server)
     * @param progress reports 0 to 100 (reading is the first 90)
     * @throws org.contrechamp.core.common.InvalidInputException    a file that cannot be used, with why
     * @throws java.util.concurrent.CancellationException           when cancelled; nothing changed
     */
    public AreaSummary importFile(Path file, String source, Progress progress, Cancellation cancellation) {
        long started = System.nanoTime();
        AreaAssembler assembler = new AreaAssembler(file.toString());
        OsmFileReader.read(file, assembler, (done, total, current) ->
                progress.update(total > 0 ? 90 * done / total : 0, 100, current), cancellation);
        long readDone = System.nanoTime();
        AreaSummary summary;
        try (AreaWriter writer = repository.beginReplace()) {
            summary = assembler.finish(writer, UUID.randomUUID().toString(), source, clock.instant(), progress,
                    cancellation);
            cancellation.throwIfCancelled();
            writer.commit(summary);
        }
        progress.update(100, 100, "");
        LOG.debug("area import: reading {} ms, writing {} ms", (readDone - started) / 1_000_000,
                (System.nanoTime() - readDone) / 1_000_000);
        LOG.info("area imported: {} ways, {} streets, {} buildings, {} cameras in {} ms", summary.ways(),
                summary.streets(), summary.buildings(), summary.cameras(), (System.nanoTime() - started) / 1_000_000);
        return summary;
    }

    /** Imports a file, naming the area after the file. */
    public AreaSummary importFile(Path file, Progress progress, Cancellation cancellation) {
        Path name = file.getFileName();
        return importFile(file, name == null ? file.toString() : name.toString(), progress, cancellation);
    }
}
