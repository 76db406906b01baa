package org.contrechamp.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The quick readers ({@link QuickEnvelope}, {@link QuickManifest}) may give up, but never accept what
 * the thorough readers refuse, and never read anything differently: checked on every envelope of
 * the hostile corpus and on manifests bent in the ways that could mislead a split at the records.
 */
class QuickReadersTest {

    private static final Path CORPUS = Path.of("src/test/resources/org/contrechamp/bundles/hostile");

    @TestFactory
    Stream<DynamicTest> quickReadersAgreeWithThoroughOnTheHostileCorpus() throws IOException {
        List<Path> envelopes;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            envelopes = files.filter(p -> p.getFileName().toString().endsWith(".json")
                    && !p.getFileName().toString().equals("repository.json")
                    && !p.getFileName().toString().startsWith("card-")).sorted().toList();
        }
        assertThat(envelopes).hasSizeGreaterThan(60);
        return envelopes.stream().map(p -> DynamicTest.dynamicTest(CORPUS.relativize(p).toString(),
                () -> envelopeAgrees(Files.readAllBytes(p))));
    }

    @Test
    void aWellFormedManifestIsReadQuicklyAndTheSame() throws IOException {
        byte[] payload = validPayload();
        assertThat(QuickEnvelope.read(Envelope.JSON, envelope())).isNotNull();
        assertThat(QuickManifest.read(payload, "test")).isNotNull().isEqualTo(ManifestReader.readTree(payload, "test"));
    }

    @Test
    void manifestsBentAroundTheRecordsAgree() throws IOException {
        String valid = new String(validPayload(), StandardCharsets.UTF_8);
        int open = valid.indexOf("\"records\":[") + "\"records\":[".length();
        int close = valid.indexOf("],\"blobs\"", open);
        assertThat(open).isPositive();
        assertThat(close).isGreaterThan(open);
        String record = valid.substring(open, close);
        String head = valid.substring(0, open);
        String tail = valid.substring(close);
        // Accepted by both, or refused by both; the quick one may only give up.
        for (String bent : List.of(
                head + " \n\t" + record + " \r\n" + tail,
                head.replace("\"records\":[", "\"records\" : [") + record + tail,
                head.replace("\"records\"", "\"rec\\u006frds\"") + record + tail,
                head + record.replace("\"kind\":", "\"note\":\"},{\\\"x\\\":[\",\"kind\":") + tail,
                head + record + "," + tail,
                head + record + " " + record + tail,
                head + record + "," + record + tail,
                head + "," + record + tail,
                head + record + "," + tail,
                head + "\uFEFF" + record + tail,
                head + "{\u0000" + record.substring(1) + tail,
                head + record + "]" + tail,
                head + "[" + record + tail,
                head + record.substring(0, record.length() - 1) + tail,
                head + record + "}" + tail,
                head + record.replace("\"sighting\":{", "\"sighting\":{\"note\":\"x\",") + tail,
                head + record.replace("\"id\":", "\"id\":\"x\",\"id\":") + tail,
                head + record.replace("\"deleted\":false", "\"deleted\":false,\"deep\":" + "[".repeat(12) + "]".repeat(12))
                        + tail,
                head + record.replace("\"revision\":1,", "\"revision\":1.0,") + tail,
                head + record.replace("\"baseRevision\":0", "\"baseRevision\":0.0") + tail,
                head + record + tail + "{}",
                head + record + tail.replace("\"blobs\"", "\"records\":[],\"blobs\""))) {
            manifestAgrees(bent.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void bracketsAndQuotesInsideTextDoNotMisleadTheSplit() throws IOException {
        String valid = new String(validPayload(), StandardCharsets.UTF_8);
        byte[] bent = valid.replace("\"kind\":", "\"note\":\"]},{\\\"records\\\":[\\\\\",\"kind\":")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(QuickManifest.read(bent, "test")).isNotNull().isEqualTo(ManifestReader.readTree(bent, "test"));
    }

    @Test
    void aRecordThatIsNotAnObjectIsRefusedByBoth() throws IOException {
        String valid = new String(validPayload(), StandardCharsets.UTF_8);
        byte[] bent = valid.replace("\"records\":[", "\"records\":[1,").getBytes(StandardCharsets.UTF_8);
        assertThat(QuickManifest.read(bent, "test")).isNull();
        assertThatThrownBy(() -> ManifestReader.read(bent, "test")).isInstanceOf(BundleRejectedException.class);
    }

    private static void envelopeAgrees(byte[] bytes) {
        Envelope quick = QuickEnvelope.read(Envelope.JSON, bytes);
        Envelope thorough;
        try {
            thorough = Envelope.readTree(bytes, "test");
        } catch (BundleRejectedException e) {
            assertThat(quick).as("accepted what the thorough reader refuses: " + e.code()).isNull();
            return;
        }
        if (quick != null) {
            assertThat(quick.payloadType()).isEqualTo(thorough.payloadType());
            assertThat(quick.payload()).isEqualTo(thorough.payload());
            assertThat(quick.keyId()).isEqualTo(thorough.keyId());
            assertThat(quick.signature()).isEqualTo(thorough.signature());
        }
        manifestAgrees(thorough.payload());
    }

    private static void manifestAgrees(byte[] payload) {
        Manifest quick = QuickManifest.read(payload, "test");
        Manifest thorough;
        try {
            thorough = ManifestReader.readTree(payload, "test");
        } catch (BundleRejectedException e) {
            assertThat(quick).as("accepted what the thorough reader refuses: " + e.code() + " in "
                    + new String(payload, StandardCharsets.UTF_8)).isNull();
            return;
        }
        if (quick != null) {
            assertThat(quick).isEqualTo(thorough);
        }
    }

    private static byte[] envelope() throws IOException {
        return Files.readAllBytes(CORPUS.resolve("10-blob-missing/bundle.json"));
    }

    /** A manifest with nothing wrong in it (that case's photo file is what is missing). */
    private static byte[] validPayload() throws IOException {
        return Envelope.readTree(envelope(), "test").payload();
    }
}
