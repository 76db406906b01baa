package org.contrechamp.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.Test;

/**
 * A record's {@code fields} naming {@code deleted} (docs/bundle-format.md, section 4.2; docs/adr/0057):
 * the collapsed changes deleted or restored the record since its base. Only a bundle with such a
 * record is version 4, so that readers of versions 2 and 3 go on reading every other bundle; a reader
 * refuses the name before version 4, and beside a change that is neither a deletion nor a restoration.
 */
class DeletedOrRestoredFormatTest {

    private static final Fingerprint SIGNER = new Fingerprint("ab".repeat(32));
    private static final String AUDIENCE = "3b0f6a1e-2c4d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");
    private static final UUID ID = UUID.fromString("5f0c7a52-3c1e-4f7b-9d2a-8e6b4c3a2f10");
    private static final String BASE = "c1".repeat(32);

    @Test
    void aDeletionThatSaysSoTravelsInVersionFourAndReadsBack() {
        byte[] payload = ManifestWriter.write(manifest(deletion().withDeletedOrRestored(true)));

        assertThat(text(payload)).contains("\"version\":4,").contains("\"fields\":[\"deleted\"]");
        BundleRecord read = ManifestReader.read(payload, "d.json").records().get(0);
        assertThat(read.deletedOrRestored()).isTrue();
        assertThat(read.fields()).as("no field of the sighting").isEmpty();
        assertThat(read.format()).isEqualTo(4);
    }

    @Test
    void theNameComesAfterTheFieldsAndLeavesThemAsTheyAre() {
        Sighting s = values(4).toBuilder().operator("RATP").build();
        BundleRecord restored = new BundleRecord(ID, 4, 2, BASE, ChangeKind.RESTORE, EnumSet.of(SightingField.OPERATOR),
                false, s, null, List.of(BASE), List.of(BASE), SIGNER.hex(), 2).withDeletedOrRestored(true);
        byte[] payload = ManifestWriter.write(manifest(restored));

        assertThat(text(payload)).contains("\"fields\":[\"operator\",\"deleted\"]");
        BundleRecord read = ManifestReader.read(payload, "r.json").records().get(0);
        assertThat(read.fields()).containsExactly(SightingField.OPERATOR);
        assertThat(read.deletedOrRestored()).isTrue();
    }

    @Test
    void aDeletionThatDoesNotSaySoStaysVersionTwo() {
        byte[] payload = ManifestWriter.write(manifest(deletion()));

        assertThat(text(payload)).contains("\"version\":2,").contains("\"fields\":[]");
        BundleRecord read = ManifestReader.read(payload, "d.json").records().get(0);
        assertThat(read.deletedOrRestored()).isFalse();
    }

    @Test
    void beforeVersionFourTheNameIsNoFieldAndRefusesTheBundle() {
        String payload = text(ManifestWriter.write(manifest(deletion().withDeletedOrRestored(true))))
                .replace("\"version\":4,", "\"version\":3,");
        assertThatThrownBy(() -> ManifestReader.read(payload.getBytes(StandardCharsets.UTF_8), "d.json"))
                .isInstanceOf(BundleRejectedException.class).hasMessageContaining("fields");
    }

    @Test
    void theNameBesideAnEditOrACreationOrTwiceRefusesTheBundle() {
        String deletion = text(ManifestWriter.write(manifest(deletion().withDeletedOrRestored(true))));
        for (String altered : List.of(
                // an edit that says it deleted, though it is no tombstone: which to believe cannot be told
                deletion.replace("\"change\":\"delete\"", "\"change\":\"update\"").replace("\"deleted\":true",
                        "\"deleted\":false"),
                deletion.replace("\"fields\":[\"deleted\"]", "\"fields\":[\"deleted\",\"deleted\"]"))) {
            assertThatThrownBy(() -> ManifestReader.read(altered.getBytes(StandardCharsets.UTF_8), "d.json"))
                    .as(altered).isInstanceOf(BundleRejectedException.class);
        }
        assertThat(ManifestReader.deletionOrRestorationFits(ChangeKind.CREATE, 0)).isFalse();
        assertThat(ManifestReader.deletionOrRestorationFits(ChangeKind.DELETE, 0)).as("made and deleted unseen")
                .isFalse();
        assertThat(ManifestReader.deletionOrRestorationFits(ChangeKind.RESTORE, 3)).isTrue();
    }

    @Test
    void theWriterNamesTheOldestFormatThatHoldsItsRecords() {
        RevisionComment comment = new RevisionComment(BASE, "vu");
        BundleRecord commented = deletion().withComments(List.of(comment));
        assertThat(ManifestWriter.formatOf(manifest(commented))).isEqualTo(3);
        assertThat(ManifestWriter.formatOf(manifest(commented.withDeletedOrRestored(true)))).isEqualTo(4);
        assertThat(ManifestWriter.formatOf(manifest(deletion()))).isEqualTo(2);
        assertThat(Set.of(commented.withDeletedOrRestored(true).format())).containsExactly(4);
    }

    private static Manifest manifest(BundleRecord record) {
        return new Manifest(AUDIENCE, SIGNER, "Coordination", 1, null, AT, List.of(record), List.of());
    }

    /** A second deletion: made on a version receivers hold, which was deleted already. */
    private static BundleRecord deletion() {
        return new BundleRecord(ID, 4, 2, BASE, ChangeKind.DELETE, Set.of(), true, values(4), null, List.of(BASE),
                List.of(BASE), SIGNER.hex(), 2);
    }

    private static Sighting values(long revision) {
        return Sighting.newAt(Position.manual(48.8566, 2.3522)).id(ID).revision(revision).createdAt(AT)
                .updatedAt(AT.plusSeconds(60)).build();
    }

    private static String text(byte[] payload) {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
