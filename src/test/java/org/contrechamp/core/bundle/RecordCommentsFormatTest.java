package org.contrechamp.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.Test;

/**
 * The comments of decisions in bundles (docs/bundle-format.md, section 4.4; docs/adr/0055): a bundle
 * that carries one is version 3, any other stays version 2 so that readers of version 2 go on reading
 * it; a reader refuses a comment that names no revision of the record, is not one line of text, or
 * comes in a version-2 record.
 */
class RecordCommentsFormatTest {

    private static final Fingerprint SIGNER = new Fingerprint("ab".repeat(32));
    private static final String AUDIENCE = "3b0f6a1e-2c4d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");
    private static final UUID ID = UUID.fromString("5f0c7a52-3c1e-4f7b-9d2a-8e6b4c3a2f10");
    private static final String BASE = "c1".repeat(32);
    private static final String OTHER_SIDE = "d2".repeat(32);

    @Test
    void aBundleWithoutCommentsIsStillWrittenAndReadAsVersionTwo() {
        byte[] payload = ManifestWriter.write(manifest(List.of()));

        assertThat(text(payload)).contains("\"version\":2,").doesNotContain("comments");
        Manifest read = ManifestReader.read(payload, "old.json");
        assertThat(read.records().get(0).comments()).isEmpty();
        assertThat(read.records().get(0).format()).isEqualTo(2);
    }

    @Test
    void aDecisionsCommentTravelsInVersionThreeAndReadsBack() {
        BundleRecord decided = record(List.of());
        RevisionComment comment = new RevisionComment(decided.digest(), "vu sur place, le modèle est lisible");
        byte[] payload = ManifestWriter.write(manifest(List.of(comment)));

        assertThat(text(payload)).contains("\"version\":3,")
                .contains("\"comments\":[{\"digest\":\"" + decided.digest() + "\",\"text\":\"vu sur place");
        assertThat(ManifestReader.read(payload, "new.json").records().get(0).comments()).containsExactly(comment);
    }

    @Test
    void aCommentMayNameARevisionTheRecordIncludes() {
        RevisionComment earlier = new RevisionComment(OTHER_SIDE, "première décision");
        assertThat(ManifestReader.read(ManifestWriter.write(manifest(List.of(earlier))), "b.json").records().get(0)
                .comments()).containsExactly(earlier);
    }

    @Test
    void aCommentThatNamesNoRevisionOfTheRecordRefusesTheBundle() {
        byte[] payload = ManifestWriter.write(manifest(List.of(new RevisionComment("e3".repeat(32), "ailleurs"))));
        assertThatThrownBy(() -> ManifestReader.read(payload, "b.json")).isInstanceOf(BundleRejectedException.class)
                .hasMessageContaining("bad-comment");
    }

    @Test
    void aCommentOnSeveralLinesOrTooLongRefusesTheBundle() {
        String digest = record(List.of()).digest();
        for (String text : List.of("deux\nlignes", "x".repeat(RevisionComment.MAX_LENGTH + 1), " ", "\u202eà l'envers")) {
            byte[] payload = ManifestWriter.write(manifest(List.of(new RevisionComment(digest, text))));
            assertThatThrownBy(() -> ManifestReader.read(payload, "b.json")).as(text)
                    .isInstanceOf(BundleRejectedException.class).hasMessageContaining("bad-comment");
        }
        assertThat(RevisionComment.isUsable("x".repeat(RevisionComment.MAX_LENGTH))).isTrue();
    }

    @Test
    void aVersionTwoRecordWithCommentsIsRefusedAsAnOlderReaderWouldRefuseIt() {
        String digest = record(List.of()).digest();
        String payload = text(ManifestWriter.write(manifest(List.of(new RevisionComment(digest, "vu")))))
                .replace("\"version\":3,", "\"version\":2,");
        assertThatThrownBy(() -> ManifestReader.read(payload.getBytes(StandardCharsets.UTF_8), "b.json"))
                .isInstanceOf(BundleRejectedException.class).hasMessageContaining("comments");
    }

    private static Manifest manifest(List<RevisionComment> comments) {
        return new Manifest(AUDIENCE, SIGNER, "Coordination", 1, null, AT, List.of(record(comments)), List.of());
    }

    /** A decision: an edit made on the base and the other side of a conflict. */
    private static BundleRecord record(List<RevisionComment> comments) {
        Sighting s = Sighting.newAt(Position.manual(48.8566, 2.3522)).id(ID).revision(3).operator("RATP")
                .createdAt(AT).updatedAt(AT.plusSeconds(60)).build();
        BundleRecord r = new BundleRecord(ID, 3, 2, BASE, ChangeKind.UPDATE, EnumSet.of(SightingField.OPERATOR), false,
                s, null, List.of(BASE, OTHER_SIDE), List.of(BASE, OTHER_SIDE), SIGNER.hex(), 2);
        return r.withComments(comments);
    }

    private static String text(byte[] payload) {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
