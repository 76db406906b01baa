package org.contrechamp.core.sighting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SightingFieldTest {

    @Test
    void changedBetweenNamesExactlyTheFieldsThatDiffer() {
        Sighting a = Sighting.newAt(Position.manual(48, 2)).cameraType(CameraType.DOME).build();
        Sighting b = a.toBuilder().cameraType(CameraType.FIXED).directions(List.of(Direction.bearing(90))).build();
        assertThat(SightingField.changedBetween(a, b))
                .containsExactlyInAnyOrder(SightingField.CAMERA_TYPE, SightingField.DIRECTIONS);
        assertThat(SightingField.changedBetween(a, a)).isEmpty();
    }

    @Test
    void copyingEveryFieldGivesTheSameRecordUpToIdentity() {
        Sighting source = SightingJsonTest.everyFieldSet();
        Sighting.Builder target = Sighting.newAt(Position.manual(0, 0)).id(source.id()).revision(source.revision())
                .createdAt(source.createdAt()).updatedAt(source.updatedAt());
        for (SightingField f : SightingField.values()) {
            f.copy(source, target);
        }
        assertThat(target.build()).isEqualTo(source);
    }

    @Test
    void everyFieldHasAUniqueJsonName() {
        for (SightingField f : SightingField.values()) {
            assertThat(SightingField.fromJsonName(f.jsonName())).isEqualTo(f);
        }
    }
}
