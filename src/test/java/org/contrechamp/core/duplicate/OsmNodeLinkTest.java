package org.contrechamp.core.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.Test;

/** The link to an OSM node and the "not this node" decisions, as tags on the sighting. */
class OsmNodeLinkTest {

    private static Sighting.Builder sighting() {
        return Sighting.newAt(Position.manual(48.85, 2.35)).cameraType(CameraType.FIXED);
    }

    @Test
    void eachRefusedNodeIsItsOwnKeySoTwoDecisionsNeverConflict() {
        Sighting s = OsmNodeLink.refuse(OsmNodeLink.refuse(sighting(), 4242), 77).build();
        assertThat(s.extraTags()).containsEntry("contrechamp:not_osm_node:4242", "yes")
                .containsEntry("contrechamp:not_osm_node:77", "yes");
        assertThat(OsmNodeLink.notNodes(s)).containsExactlyInAnyOrder(4242L, 77L);
        assertThat(OsmNodeLink.of(s)).isEmpty();
    }

    @Test
    void keysThatNameNoNodeAreIgnoredNotFatal() {
        Sighting s = sighting().extraTag("contrechamp:not_osm_node:abc", "yes")
                .extraTag("contrechamp:not_osm_node:-5", "yes")
                .extraTag("contrechamp:not_osm_node:99999999999999999999", "yes")
                .extraTag("contrechamp:not_osm_node:", "yes")
                .extraTag("contrechamp:osm_node", "9999999999999999999").build();
        assertThat(OsmNodeLink.notNodes(s)).isEmpty();
        assertThat(OsmNodeLink.of(s)).isEmpty();
    }

    @Test
    void aNodeIdIsPositive() {
        assertThatThrownBy(() -> OsmNodeLink.refuse(sighting(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
