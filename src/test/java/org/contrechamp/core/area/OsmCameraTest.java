package org.contrechamp.core.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.contrechamp.core.sighting.Direction;
import org.junit.jupiter.api.Test;

/** A camera of the area's OpenStreetMap data, read as a sighting to draw and to compare. */
class OsmCameraTest {

    private static OsmCamera camera(Map<String, String> tags) {
        return OsmCamera.of(42, 43.73, 7.41, tags);
    }

    @Test
    void theGeneralDirectionKeySaysWhereACameraLooksWhenCameraDirectionIsMissing() {
        OsmCamera c = camera(Map.of("man_made", "surveillance", "surveillance:type", "camera", "direction", "240"));
        assertThat(c.toSighting().directions()).containsExactly(Direction.bearing(240));
        // Read tag for tag, the node keeps its own key.
        assertThat(c.read().sighting().directions()).isEmpty();
        assertThat(c.read().sighting().extraTags()).containsEntry("direction", "240");
    }

    @Test
    void cameraDirectionWinsOverTheGeneralKey() {
        OsmCamera c = camera(Map.of("man_made", "surveillance", "surveillance:type", "camera", "direction", "240",
                "camera:direction", "90"));
        assertThat(c.toSighting().directions()).containsExactly(Direction.bearing(90));
    }

    @Test
    void aDirectionThatIsNoBearingIsKeptAsItCameNotFatal() {
        OsmCamera c = camera(Map.of("man_made", "surveillance", "surveillance:type", "camera", "direction", "forward"));
        assertThat(c.toSighting().directions()).isEmpty();
        assertThat(c.toSighting().id()).isEqualTo(c.toSighting().id());
    }
}
