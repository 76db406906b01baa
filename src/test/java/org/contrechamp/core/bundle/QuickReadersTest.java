package org.contrechamp.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
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

    /**
     * Envelopes laid out otherwise than the exporter does, read whole instead of around the payload,
     * and envelopes that could mislead the cut around the payload: both readings agree on all.
     */
    @Test
    void envelopesBentAroundThePayloadAgree() throws IOException {
        String valid = new String(envelope(), StandardCharsets.UTF_8);
        Envelope thorough = Envelope.readTree(envelope(), "test");
        String payload = Base64.getEncoder().encodeToString(thorough.payload());
        String sig = Base64.getEncoder().encodeToString(thorough.signature());
        String type = "\"payloadType\":\"" + BundleFormat.PAYLOAD_TYPE + "\"";
        String signatures = "\"signatures\":[{\"keyid\":\"" + thorough.keyId() + "\",\"sig\":\"" + sig + "\"}]";
        assertThat(valid).isEqualTo("{\"payload\":\"" + payload + "\"," + type + "," + signatures + "}\n");
        List<String> readable = List.of(
                "{" + type + ",\"payload\":\"" + payload + "\"," + signatures + "}",
                "{" + signatures + "," + type + ",\"payload\":\"" + payload + "\"}",
                "{\"payload\" : \"" + payload + "\" , " + type + "," + signatures + "}",
                "{\"payload\":\"" + payload + "\",\n" + type + "," + signatures + "}\n\n");
        for (String text : readable) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertThat(QuickEnvelope.read(Envelope.JSON, bytes)).as(text).isNotNull();
            envelopeAgrees(bytes);
        }
        String half = payload.substring(0, payload.length() / 2);
        List<String> misleading = List.of(
                "{\"payload\":\"" + half + "\\/" + payload.substring(half.length()) + "\"," + type + "," + signatures + "}",
                "{\"payload\":\"" + half + "\",\"payloadType\":\"" + payload.substring(half.length()) + "\"," + type + ","
                        + signatures + "}",
                "{\"payload\":\"" + payload + "\"," + type + "," + signatures.replace(thorough.keyId(),
                        "x\\\",\\\"payloadType\\\":") + "}",
                "{\"payload\":\"" + payload + "\"," + type + "," + signatures + ",\"x\":\"\\\",\\\"payloadType\\\":\"}",
                "{\"payload\":\"" + payload + "\"," + type + "," + signatures + "," + type + "}",
                "{\"payload\":\"" + payload + "\",\"payload\":\"" + payload + "\"," + type + "," + signatures + "}",
                "{\"payload\":\"" + payload + "\"," + type + "," + signatures + "}{}",
                "{\"payload\":\"" + payload + "=\"," + type + "," + signatures + "}",
                "{\"payload\":\"\"," + type + "," + signatures + "}",
                " {\"payload\":\"" + payload + "\"," + type + "," + signatures + "}",
                "{\"payload\":\"" + payload + "\",\"payloadType\":" + "[]," + signatures + "}");
        for (String text : misleading) {
            envelopeAgrees(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Each member of a record, and each object inside one, bent the ways the tree reading refuses or
     * reads differently: the quick reading of records ({@link QuickRecord}, with the duplicate names
     * {@link CheckedParser} refuses itself) must agree on every one.
     */
    @Test
    void recordsBentMemberByMemberAgree() throws IOException {
        OneRecord one = OneRecord.of(validPayload());
        String record = one.record();
        String head = one.head();
        String tail = one.tail();
        String id = one.id();
        List<String[]> bends = List.of(
                // duplicate names, at every level
                new String[] {"\"revision\":1,", "\"revision\":1,\"revision\":1,"},
                new String[] {"\"fields\":[", "\"deleted\":false,\"fields\":["},
                new String[] {"\"sighting\":{", "\"sighting\":{\"status\":\"active\","},
                new String[] {"\"position\":{", "\"position\":{\"lat\":1,"},
                new String[] {"\"position\":{", "\"position\":{\"source\":\"gps\",\"source\":\"gps\","},
                new String[] {"\"deleted\":false", "\"deleted\":false,\"sighting\":{}"},
                new String[] {"\"draft\":false", "\"draft\":false,\"extraTags\":{\"a\":\"1\",\"b\":\"2\",\"a\":\"3\"}"},
                new String[] {"\"draft\":false", "\"draft\":false,\"street\":{\"name\":\"x\",\"name\":\"y\",\"manual\":true}"},
                new String[] {"\"draft\":false", "\"draft\":false,\"extraTags\":{" + manyTags(40, false) + "}"},
                new String[] {"\"draft\":false", "\"draft\":false,\"extraTags\":{" + manyTags(40, true) + "}"},
                new String[] {"\"deleted\":false", "\"deleted\":false,\"x\":{\"a\":1,\"a\":1}"},
                // the record's own members: missing, null, other types, out of range
                new String[] {"\"revision\":1,", ""},
                new String[] {"\"revision\":1,", "\"revision\":null,"},
                new String[] {"\"revision\":1,", "\"revision\":\"1\","},
                new String[] {"\"revision\":1,", "\"revision\":0,"},
                new String[] {"\"revision\":1,", "\"revision\":-1,"},
                new String[] {"\"revision\":1,", "\"revision\":2147483648,"},
                new String[] {"\"revision\":1,", "\"revision\":1e0,"},
                new String[] {"\"baseRevision\":0", "\"baseRevision\":1"},
                new String[] {"\"baseRevision\":0", "\"baseRevision\":-1"},
                new String[] {"\"baseRevision\":0", "\"baseRevision\":null"},
                new String[] {"\"baseRevision\":0", "\"baseRevision\":0,\"baseDigest\":null"},
                new String[] {"\"baseRevision\":0", "\"baseRevision\":0,\"baseDigest\":\"" + "a".repeat(64) + "\""},
                new String[] {"\"baseRevision\":0,\"change\":\"create\"",
                    "\"baseRevision\":0,\"change\":\"update\""},
                new String[] {"\"change\":\"create\"", "\"change\":\"Create\""},
                new String[] {"\"change\":\"create\"", "\"change\":null"},
                new String[] {"\"change\":\"create\"", "\"change\":[\"create\"]"},
                new String[] {"\"deleted\":false", "\"deleted\":true"},
                new String[] {"\"deleted\":false", "\"deleted\":0"},
                new String[] {"\"deleted\":false", "\"deleted\":\"false\""},
                new String[] {"\"deleted\":false", "\"deleted\":null"},
                new String[] {"\"fields\":[", "\"fields\":[\"nope\","},
                new String[] {"\"fields\":[", "\"fields\":[1,"},
                new String[] {"\"fields\":[", "\"fields\":[null,"},
                new String[] {"\"fields\":[", "\"fields\":[[],"},
                new String[] {"\"fields\":[\"position\"", "\"fields\":[\"position\",\"position\""},
                new String[] {"\"fields\":[\"position\"", "\"fields\":[\"Position\""},
                new String[] {"\"fields\":[\"position\"", "\"fields\":[\"positio\\u006e\""},
                new String[] {"\"fields\":[\"position\",", "\"fields\":["},
                new String[] {"\"fields\":[", "\"fields\":{},\"f\":["},
                new String[] {"\"id\":\"" + id + "\"", "\"id\":\"" + id.toUpperCase() + "\""},
                new String[] {"\"id\":\"" + id + "\"", "\"id\":null"},
                new String[] {"\"id\":\"" + id + "\",\"revision\"", "\"id\":\"" + id.replace('-', '+') + "\",\"revision\""},
                new String[] {"\"sighting\":{", "\"sighting\":null,\"s\":{"},
                new String[] {"\"sighting\":{\"id\":\"", "\"sighting\":{\"id\":\"0"});
        for (String[] bend : bends) {
            assertThat(record).as(bend[0]).contains(bend[0]);
            manifestAgrees((head + record.replaceFirst(java.util.regex.Pattern.quote(bend[0]),
                    java.util.regex.Matcher.quoteReplacement(bend[1])) + tail).getBytes(StandardCharsets.UTF_8));
        }
        // An update, with its base digest, and a delete, are read quickly too.
        String update = record.replace("\"revision\":1,", "\"revision\":2,").replace("\"change\":\"create\"", "\"change\":\"update\"")
                .replace("\"baseRevision\":0", "\"baseRevision\":1,\"baseDigest\":\"" + "ab".repeat(32) + "\"");
        String delete = update.replace("\"change\":\"update\"", "\"change\":\"delete\"").replace("\"deleted\":false", "\"deleted\":true");
        for (String changed : List.of(update, delete)) {
            byte[] bytes = (head + changed + tail).getBytes(StandardCharsets.UTF_8);
            Manifest tree = ManifestReader.readTree(bytes, "test");
            assertThat(QuickManifest.read(bytes, "test")).isNotNull().isEqualTo(tree);
        }
        // An object of more names than the duplicate check keeps in its small array is read quickly too.
        byte[] manyNames = (head + record.replace("\"draft\":false", "\"draft\":false,\"extraTags\":{"
                + manyTags(40, false) + "}") + tail).getBytes(StandardCharsets.UTF_8);
        assertThat(QuickManifest.read(manyNames, "test")).isNotNull().isEqualTo(ManifestReader.readTree(manyNames, "test"));
    }

    /** {@code n} distinct extra tags, or with the last one's name the same as the first's. */
    private static String manyTags(int n, boolean lastRepeatsFirst) {
        StringBuilder tags = new StringBuilder();
        for (int i = 0; i < n; i++) {
            tags.append(i == 0 ? "" : ",").append("\"tag").append(lastRepeatsFirst && i == n - 1 ? 0 : i).append("\":\"v\"");
        }
        return tags.toString();
    }

    /**
     * A manifest of a few thousand records, large enough for every part of the quick reading to use
     * both cores (base64, the scan of the records, their parsing), read the same, and bent in its
     * second half, refused the same.
     */
    @Test
    void aLargeBundleIsReadQuicklyAndTheSame() throws IOException {
        OneRecord one = OneRecord.of(validPayload());
        String record = one.record();
        String id = one.id();
        List<String> records = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            records.add(record.replace(id, new java.util.UUID(0x5f0c7a523c1e4f7bL, i).toString()));
        }
        // One record a line, as the exporter writes them.
        byte[] payload = (one.head() + "\n" + String.join("\n,", records) + one.tail())
                .getBytes(StandardCharsets.UTF_8);
        assertThat(payload.length).isGreaterThan(1 << 20);
        Manifest quick = QuickManifest.read(payload, "test");
        assertThat(quick).isNotNull().isEqualTo(ManifestReader.readTree(payload, "test"));
        assertThat(quick.records()).hasSize(3000);

        byte[] envelope = Dsse.envelope(BundleFormat.PAYLOAD_TYPE, payload, "k".repeat(64), new byte[64]);
        assertThat(QuickEnvelope.read(Envelope.JSON, envelope)).isNotNull();
        envelopeAgrees(envelope);

        String late = records.get(2500);
        for (String bent : List.of(late.replace("\"revision\":1,", "\"revision\":1,\"revision\":1,"),
                late.replace("\"deleted\":false", "\"deleted\":0"), late.replace("{", "{\n"), late + ",{}")) {
            String text = new String(payload, StandardCharsets.UTF_8).replace(late, bent);
            manifestAgrees(text.getBytes(StandardCharsets.UTF_8));
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

    /** A valid manifest of one record, cut around it: what comes before, the record, what follows, its id. */
    private record OneRecord(String head, String record, String tail, String id) {
        static OneRecord of(byte[] payload) {
            String valid = new String(payload, StandardCharsets.UTF_8);
            int open = valid.indexOf("\"records\":[") + "\"records\":[".length();
            int close = valid.indexOf("],\"blobs\"", open);
            String record = valid.substring(open, close);
            int id = record.indexOf("\"id\":\"") + 6;
            return new OneRecord(valid.substring(0, open), record, valid.substring(close), record.substring(id, id + 36));
        }
    }
}
