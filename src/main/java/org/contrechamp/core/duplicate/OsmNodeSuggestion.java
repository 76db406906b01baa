package org.contrechamp.core.duplicate;

import java.util.List;

import org.contrechamp.core.area.OsmCamera;
import org.contrechamp.core.sighting.Sighting;

/** "Probably OSM node N": a sighting not linked yet, and the camera of the area it probably is. */
public record OsmNodeSuggestion(Sighting sighting, OsmCamera node, double score, double distanceMeters,
                                List<Reason> reasons) {

    public OsmNodeSuggestion {
        reasons = List.copyOf(reasons);
    }
}
