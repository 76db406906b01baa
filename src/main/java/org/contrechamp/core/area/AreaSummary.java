package org.contrechamp.core.area;

import java.time.Instant;

import org.contrechamp.core.geo.BoundingBox;

/**
 * What an imported area holds. The counts are defined in {@code docs/area.md}:
 *
 * @param id            changes at every import (tile caches key on it)
 * @param source        the file name it was imported from (no folder), or the server it was fetched from
 * @param dataTimestamp how recent the data is, when the file said so; may be {@code null}
 * @param bounds        the box the file declares, else {@code dataBounds}
 * @param dataBounds    the box around every node of the file
 * @param ways          every way element of the file
 * @param streets       named highway ways (see {@code FeatureClassifier.isStreet}) with at least one
 *                      segment whose two nodes are in the file
 * @param streetNames   distinct {@code name} values among those streets (exact spelling)
 * @param buildings     ways and multipolygons with {@code building=*} (not {@code no}) that could be drawn
 * @param cameras       {@code man_made=surveillance} nodes
 * @param addresses     nodes, building ways and multipolygons with {@code addr:housenumber}
 */
public record AreaSummary(
        String id,
        String source,
        Instant importedAt,
        Instant dataTimestamp,
        BoundingBox bounds,
        BoundingBox dataBounds,
        long nodes,
        long ways,
        long relations,
        int streets,
        int streetNames,
        int buildings,
        int cameras,
        int addresses) {
}
