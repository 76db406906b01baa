package org.contrechamp.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BoundingBoxTest {

    private final BoundingBox monaco = new BoundingBox(7.40, 43.72, 7.44, 43.76);

    @Test
    void aPointInsideIsAtNoDistance() {
        assertThat(monaco.distanceMeters(43.74, 7.42)).isZero();
    }

    @Test
    void aPointOutsideIsMeasuredToTheNearestEdge() {
        // One hundredth of a degree of latitude north of the box: about 1.1 km.
        assertThat(monaco.distanceMeters(43.77, 7.42)).isCloseTo(1112, within(5.0));
        // Paris is some 690 km from Monaco.
        assertThat(monaco.distanceMeters(48.8566, 2.3522) / 1000).isBetween(650.0, 720.0);
    }
}
