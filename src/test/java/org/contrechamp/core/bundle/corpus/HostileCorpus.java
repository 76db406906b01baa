package org.contrechamp.core.bundle.corpus;

import static org.contrechamp.core.bundle.corpus.CorpusBundle.utf8;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.bundle.BundleFormat;
import org.contrechamp.core.bundle.RecordDigest;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.core.sighting.SightingJson;
import org.contrechamp.testing.TestJpegs;

/**
 * The hostile bundles of docs/bundle-format.md, one folder per case (BUNDLES.md's twelve families),
 * each with the error code it must end in. Generated deterministically; written to
 * src/test/resources by {@code HostileCorpusTest} when asked, and run from there by the tests.
 *
 * <p>Folder of a case: {@code bundle.json} (the file under test), {@code repository.json} (its
 * audience), {@code blobs/} (its photos), {@code before/} (valid bundles imported first, in name
 * order), {@code case.properties} (expected error, description, trust set-up), or {@code card-*.json}
 * for key cards that enrolment must refuse.
 */
final class HostileCorpus {

    /** One case: its files by relative path. {@code trust}: "trusted" (MAIN and OTHER), or "revoked" (MAIN revoked). */
    record Case(String name, String expected, String description, String trust, Map<String, byte[]> files) {
    }

    private final List<Case> cases = new ArrayList<>();

    static List<Case> all() {
        HostileCorpus c = new HostileCorpus();
        c.family1();
        c.family2();
        c.family3();
        c.family4();
        c.family5();
        c.family6();
        c.family7();
        c.family8();
        c.family9();
        c.family10();
        c.family11();
        c.family12();
        c.family13();
        return c.cases;
    }

    // 1. Truncated, empty, not JSON, trailing data.
    private void family1() {
        raw("01-empty-file", "bundle-empty", "an empty file", new byte[0]);
        raw("01-whitespace-only", "bundle-empty", "only blank space", utf8(" \n\t\n"));
        byte[] valid = CorpusBundle.valid().envelope();
        raw("01-truncated", "bundle-truncated", "a valid envelope cut in the middle", Arrays.copyOf(valid, valid.length / 2));
        raw("01-not-json", "bundle-not-json", "plain text", utf8("this is not a bundle\n"));
        raw("01-trailing-data", "bundle-trailing-data", "a valid envelope followed by a second JSON object",
                concat(valid, utf8("{\"payload\":\"\"}")));
        raw("01-json-array", "bundle-bad-envelope", "a JSON array instead of an object", utf8("[1,2,3]"));
    }

    // 2. Duplicate keys in the envelope and in the signed manifest.
    private void family2() {
        String envelope = new String(CorpusBundle.valid().envelope(), java.nio.charset.StandardCharsets.UTF_8);
        raw("02-duplicate-key-envelope", "bundle-duplicate-key", "the envelope has payloadType twice",
                utf8(envelope.replace("\"payloadType\":", "\"payloadType\":\"text/plain\",\"payloadType\":")));
        CorpusBundle b = CorpusBundle.valid();
        String payload = new String(b.payload(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"seq\":1,", "\"seq\":1,\"seq\":7,");
        raw("02-duplicate-key-manifest", "bundle-duplicate-key", "the signed manifest has seq twice (Jackson would keep the last)",
                b.envelope(utf8(payload)), b.blobs);
    }

    // 3. Oversized and ill-formed values.
    private void family3() {
        raw("03-deep-envelope", "bundle-limit-exceeded", "10,000 nested arrays", utf8("[".repeat(10_000) + "]".repeat(10_000)));
        CorpusBundle deep = CorpusBundle.valid();
        ObjectNode node = deep.firstSighting().putObject("extraTags");
        for (int i = 0; i < 20; i++) {
            node = node.putObject("k");
        }
        signed("03-deep-manifest", "bundle-limit-exceeded", "a signed manifest nested 25 levels deep", deep);
        manifestText("03-number-overflow", "bundle-bad-number", "a height of 1e400 (Infinity once parsed)",
                "\"status\":", "\"height\":1e400,\"status\":");
        manifestText("03-nan", "bundle-not-json", "a height of NaN, which JSON does not allow",
                "\"status\":", "\"height\":NaN,\"status\":");
        manifestText("03-long-number", "bundle-limit-exceeded", "a seq of 100 digits", "\"seq\":1,",
                "\"seq\":1" + "0".repeat(99) + ",");
        manifestText("03-lone-surrogate", "bundle-bad-text", "a note holding a lone UTF-16 surrogate",
                "\"status\":", "\"note\":\"a\\ud800b\",\"status\":");
        manifestText("03-long-name", "bundle-limit-exceeded", "a field name of 10,000 characters",
                "\"status\":", "\"" + "n".repeat(10_000) + "\":1,\"status\":");
        manifestText("03-nul-character", "bundle-bad-text", "a note holding a NUL character",
                "\"status\":", "\"note\":\"a\\u0000b\",\"status\":");
        CorpusBundle huge = CorpusBundle.valid();
        huge.firstSighting().put("note", "x".repeat(100_000));
        signed("03-long-string", "bundle-limit-exceeded", "a note of 100,000 characters", huge);
    }

    // 4. Base64, payload and payload type.
    private void family4() {
        CorpusBundle b = CorpusBundle.valid();
        ObjectNode env = parse(b.envelope());
        env.put("payload", "!!!" + env.get("payload").asText());
        raw("04-bad-base64", "bundle-bad-base64", "the payload is not base64", bytes(env), b.blobs);
        env = parse(b.envelope());
        String p = env.get("payload").asText();
        env.put("payload", p.substring(0, p.length() - 2) + (p.endsWith("=") ? "" : "x="));
        raw("04-base64-padding", "bundle-bad-base64", "the payload's base64 padding is wrong", bytes(env), b.blobs);
        env = parse(b.envelope());
        env.put("payload", env.get("payload").asText().replace('+', '-').replace('/', '_'));
        if (!env.get("payload").asText().contains("-") && !env.get("payload").asText().contains("_")) {
            env.put("payload", env.get("payload").asText() + "\n");
        }
        raw("04-base64-variant", "bundle-bad-base64", "URL-safe base64 or a line break: one encoding only", bytes(env), b.blobs);
        CorpusBundle empty = CorpusBundle.valid();
        raw("04-empty-payload", "bundle-empty-payload", "a signed empty payload", empty.envelope(new byte[0]));
        CorpusBundle unknown = CorpusBundle.valid();
        unknown.payloadType = "application/json";
        signed("04-unknown-payload-type", "bundle-unknown-type", "payloadType application/json", unknown);
        CorpusBundle newer = CorpusBundle.valid();
        newer.payloadType = "application/vnd.contrechamp.bundle.v2+json";
        signed("04-newer-payload-type", "bundle-newer-version", "a bundle of format 2", newer);
        env = parse(b.envelope());
        CorpusBundle other = CorpusBundle.valid();
        other.payloadType = "application/vnd.contrechamp.bundle.v1+json; charset=utf-16";
        ObjectNode swapped = parse(other.envelope());
        swapped.put("payloadType", BundleFormat.PAYLOAD_TYPE);
        raw("04-payload-type-not-signed", "bundle-bad-signature",
                "signed under another payload type than the envelope states", bytes(swapped), b.blobs);
        CorpusBundle manifestVersion = CorpusBundle.valid();
        manifestVersion.manifest.put("version", BundleFormat.VERSION + 1);
        signed("04-newer-manifest-version", "bundle-newer-version",
                "manifest version " + (BundleFormat.VERSION + 1) + " inside a v1 envelope", manifestVersion);
    }

    // 5. Signatures.
    private void family5() {
        CorpusBundle b = CorpusBundle.valid();
        ObjectNode env = parse(b.envelope());
        ((ArrayNode) env.get("signatures")).removeAll();
        raw("05-no-signature", "bundle-no-signature", "an empty signature list", bytes(env), b.blobs);
        env = parse(b.envelope());
        ((ObjectNode) env.get("signatures").get(0)).put("sig", "");
        raw("05-empty-signature", "bundle-no-signature", "an empty sig", bytes(env), b.blobs);
        env = parse(b.envelope());
        byte[] sig = Base64.getDecoder().decode(env.get("signatures").get(0).get("sig").asText());
        ((ObjectNode) env.get("signatures").get(0)).put("sig", Base64.getEncoder().encodeToString(Arrays.copyOf(sig, 63)));
        raw("05-short-signature", "bundle-bad-signature-length", "a 63-byte signature", bytes(env), b.blobs);
        env = parse(b.envelope());
        ((ObjectNode) env.get("signatures").get(0)).put("sig", Base64.getEncoder().encodeToString(nonCanonicalS(sig)));
        raw("05-non-canonical-s", "bundle-bad-signature", "the signature's S plus the group order L (malleability)",
                bytes(env), b.blobs);
        env = parse(b.envelope());
        byte[] flipped = sig.clone();
        flipped[10] ^= 1;
        ((ObjectNode) env.get("signatures").get(0)).put("sig", Base64.getEncoder().encodeToString(flipped));
        raw("05-wrong-signature", "bundle-bad-signature", "one bit of the signature changed", bytes(env), b.blobs);
        env = parse(b.envelope());
        byte[] payload = Base64.getDecoder().decode(env.get("payload").asText());
        payload[payload.length / 2] ^= 0x01;
        env.put("payload", Base64.getEncoder().encodeToString(payload));
        raw("05-changed-payload-byte", "bundle-bad-signature", "one bit of the payload changed after signing",
                bytes(env), b.blobs);
        env = parse(b.envelope());
        ((ArrayNode) env.get("signatures")).add(env.get("signatures").get(0).deepCopy());
        raw("05-two-signatures", "bundle-too-many-signatures", "the same signature twice", bytes(env), b.blobs);
        env = parse(b.envelope());
        env.put("extra", "field");
        raw("05-unknown-envelope-field", "bundle-bad-envelope", "an unknown envelope field", bytes(env), b.blobs);
    }

    // 6. Signers.
    private void family6() {
        CorpusBundle stranger = CorpusBundle.valid();
        stranger.signer = CorpusKeys.STRANGER;
        stranger.keyIdOf = CorpusKeys.STRANGER;
        stranger.manifest.put("signer", CorpusKeys.STRANGER.fingerprint().hex());
        signed("06-unknown-signer", "bundle-unknown-signer", "signed by a key nobody trusted", stranger);
        CorpusBundle liar = CorpusBundle.valid();
        liar.signer = CorpusKeys.STRANGER;
        liar.manifest.put("signer", CorpusKeys.MAIN.fingerprint().hex());
        signed("06-lying-keyid", "bundle-bad-signature", "signed by an unknown key whose key id names a trusted key", liar);
        CorpusBundle revoked = CorpusBundle.valid();
        add(new Case("06-revoked-signer", "bundle-revoked-signer", "signed by a key revoked before import", "revoked",
                files(revoked.envelope(), revoked.blobs)));
        Map<String, byte[]> cards = new LinkedHashMap<>();
        int n = 1;
        for (String hex : List.of("0100000000000000000000000000000000000000000000000000000000000000",
                "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
                "0000000000000000000000000000000000000000000000000000000000000000",
                "0000000000000000000000000000000000000000000000000000000000000080",
                "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
                "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
                "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
                "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
                "0100000000000000000000000000000000000000000000000000000000000080",
                "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")) {
            byte[] key = HexFormat.of().parseHex(hex);
            ObjectNode card = CorpusBundle.JSON.createObjectNode();
            card.put("name", "Small order " + n);
            card.put("fingerprint", new PublicIdentity("x", key).fingerprint().hex());
            card.put("publicKey", Base64.getEncoder().encodeToString(key));
            cards.put("card-" + n++ + ".json", bytes(card));
        }
        Map<String, byte[]> files = new LinkedHashMap<>(cards);
        add(new Case("06-small-order-keys", "weak-public-key",
                "the 8 small-order Ed25519 points and two non-canonical encodings, offered for enrolment", "trusted", files));
    }

    // 7. Manifest signer and audience.
    private void family7() {
        CorpusBundle mismatch = CorpusBundle.valid();
        mismatch.manifest.put("signer", CorpusKeys.OTHER.fingerprint().hex());
        signed("07-signer-mismatch", "bundle-signer-mismatch", "the manifest names another (trusted) signer", mismatch);
        CorpusBundle audience = CorpusBundle.valid();
        audience.manifest.put("audience", "9a9a9a9a-0000-4000-8000-000000000000");
        signed("07-wrong-audience", "bundle-wrong-audience", "made for another repository", audience);
    }

    // 8. Sequence: forks (a late bundle filling a gap is no error: AuthorshipTest imports bundles in every order).
    private void family8() {
        CorpusBundle first = CorpusBundle.valid();
        CorpusBundle fork = CorpusBundle.valid();
        fork.firstSighting().put("note", "another bundle 1");
        Map<String, byte[]> files = files(fork.envelope(), fork.blobs);
        files.put("before/1.json", first.envelope());
        add(new Case("08-fork-same-seq", "bundle-fork", "a second, different bundle 1 of the same signer", "trusted", files));

        CorpusBundle chain = second(first, "0".repeat(64));
        files = files(chain.envelope(), chain.blobs);
        files.put("before/1.json", first.envelope());
        add(new Case("08-broken-chain", "bundle-fork", "bundle 2 whose prev is not the imported bundle 1", "trusted", files));

    }

    // 9. Records.
    private void family9() {
        record("09-invalid-uuid", "an id that is not a UUID", b -> {
            b.firstRecord().put("id", "not-a-uuid");
            b.firstSighting().put("id", "not-a-uuid");
        });
        record("09-latitude-out-of-range", "latitude 91", b -> ((ObjectNode) b.firstSighting().get("position")).put("lat", 91));
        record("09-longitude-out-of-range", "longitude -180.5",
                b -> ((ObjectNode) b.firstSighting().get("position")).put("lon", -180.5));
        record("09-coordinate-as-text", "latitude as a string",
                b -> ((ObjectNode) b.firstSighting().get("position")).put("lat", "48.8"));
        record("09-unknown-enum", "camera type laser", b -> b.firstSighting().put("cameraType", "laser"));
        record("09-huge-sighting-revision", "a sighting revision of 20 digits, past any integer type",
                b -> b.firstSighting().put("revision", new java.math.BigInteger("99999999999999999999")));
        record("09-huge-record-revision", "a record revision of 20 digits",
                b -> b.firstRecord().put("revision", new java.math.BigInteger("99999999999999999999")));
        record("09-unknown-field", "a field the format does not have", b -> b.firstSighting().put("owner", "x"));
        record("09-revision-backwards", "revision 2 on base 3", b -> {
            b.firstRecord().put("revision", 2).put("baseRevision", 3).put("baseDigest", "a".repeat(64)).put("change", "update");
            b.firstSighting().put("revision", 2);
        });
        record("09-revision-zero", "revision 0", b -> {
            b.firstRecord().put("revision", 0);
            b.firstSighting().put("revision", 0);
        });
        record("09-record-mismatch", "the sighting's id differs from the record's",
                b -> b.firstSighting().put("id", "6a1f7b52-3c1e-4f7b-9d2a-8e6b4c3a2f99"));
        record("09-duplicate-record", "the same record twice", b -> ((ArrayNode) b.manifest.get("records"))
                .add(b.firstRecord().deepCopy()));
        record("09-inconsistent-change", "change create on a deleted record", b -> b.firstRecord().put("deleted", true));
        record("09-text-too-long", "a note of 300 characters", b -> b.firstSighting().put("note", "n".repeat(300)));
        record("09-unknown-field-name", "a changed field that does not exist",
                b -> ((ArrayNode) b.firstRecord().get("fields")).add("owner"));
        record("09-bad-date", "a survey date of 2026-02-30", b -> b.firstSighting().put("surveyDate", "2026-02-30"));

    }

    // 10. Photos.
    private void family10() {
        CorpusBundle missing = CorpusBundle.valid();
        add(new Case("10-blob-missing", "bundle-blob-missing", "the photo file is absent", "trusted",
                files(missing.envelope(), Map.of())));
        CorpusBundle extra = CorpusBundle.valid();
        byte[] second = TestJpegs.jpeg(32, 32);
        ((ArrayNode) extra.manifest.get("blobs")).add(CorpusBundle.blob(second));
        extra.blobs.put(BundleFormat.sha256Hex(second), second);
        signed("10-blob-extra", "bundle-blob-extra", "a listed photo no record shows", extra);
        CorpusBundle unlisted = CorpusBundle.valid();
        ((ArrayNode) unlisted.firstSighting().get("photos")).add(BundleFormat.sha256Hex(second));
        signed("10-blob-unlisted", "bundle-blob-unlisted", "a record's photo missing from the list", unlisted);
        CorpusBundle size = CorpusBundle.valid();
        size.firstBlob().put("size", CorpusBundle.PHOTO.length + 1);
        signed("10-blob-size-mismatch", "bundle-blob-mismatch", "the declared size is one byte more", size);
        CorpusBundle hash = CorpusBundle.valid();
        byte[] changed = CorpusBundle.PHOTO.clone();
        changed[changed.length - 10] ^= 0x20;
        hash.blobs.put(BundleFormat.sha256Hex(CorpusBundle.PHOTO), changed);
        signed("10-blob-hash-mismatch", "bundle-blob-mismatch", "the photo's bytes changed after signing", hash);
        CorpusBundle huge = CorpusBundle.valid();
        huge.firstBlob().put("size", 1_000_000_000_000L);
        signed("10-blob-huge-declared-size", "bundle-blob-too-large", "a declared size of a terabyte", huge);
        CorpusBundle type = CorpusBundle.valid();
        type.firstBlob().put("mediaType", "image/png");
        signed("10-blob-media-type", "bundle-blob-type", "media type image/png", type);
        photo("10-blob-not-jpeg", "bundle-blob-type", "PNG bytes declared as JPEG", png());
        photo("10-pixel-bomb", "bundle-blob-too-many-pixels", "a JPEG header declaring 65,535 x 65,535 pixels",
                pixelBomb(CorpusBundle.PHOTO));
        photo("10-blob-exif", "bundle-blob-metadata", "an EXIF segment with an owner name",
                TestJpegs.withSegment(CorpusBundle.PHOTO, 0xe1, concat(utf8("Exif\0\0"), utf8("MM\0*owner=Jane"))));
        photo("10-blob-xmp", "bundle-blob-metadata", "an XMP packet",
                TestJpegs.withSegment(CorpusBundle.PHOTO, 0xe1, utf8("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>")));
        photo("10-blob-icc", "bundle-blob-metadata", "an ICC profile segment",
                TestJpegs.withSegment(CorpusBundle.PHOTO, 0xe2, utf8("ICC_PROFILE\0\1\1profile")));
        photo("10-blob-iptc", "bundle-blob-metadata", "an IPTC (Photoshop APP13) segment",
                TestJpegs.withSegment(CorpusBundle.PHOTO, 0xed, utf8("Photoshop 3.0\08BIM by-line")));
        photo("10-blob-comment", "bundle-blob-metadata", "a JPEG comment",
                TestJpegs.withSegment(CorpusBundle.PHOTO, 0xfe, utf8("taken by Jane Doe")));
        photo("10-blob-trailer", "bundle-blob-metadata", "data after the end of the image (a Motion Photo video)",
                concat(CorpusBundle.PHOTO, utf8("....ftypmp42 video of the street")));
        photo("10-blob-jfif-thumbnail", "bundle-blob-metadata", "a JFIF header carrying a 1x1 thumbnail",
                TestJpegs.withSegment(CorpusBundle.PHOTO, 0xe0, concat(utf8("JFIF\0"),
                        new byte[] {1, 1, 0, 0, 1, 0, 1, 1, 1, 0, 0, 0})));
        photo("10-blob-truncated", "bundle-blob-corrupt", "a JPEG cut before its end",
                Arrays.copyOf(CorpusBundle.PHOTO, CorpusBundle.PHOTO.length / 2));
    }

    // 11. Names used as paths: only validated hex ever becomes a path.
    private void family11() {
        for (String[] bad : new String[][] {{"11-path-traversal", "../../../../etc/passwd"}, {"11-absolute-path", "/etc/passwd"},
            {"11-windows-path", "C:\\Windows\\win.ini"}, {"11-backslash", "ab\\cd"},
            {"11-control-characters", "ab\u001b[2Jcd"}, {"11-line-break", "ab\ncd"}, {"11-upper-case-hash", BundleFormat.sha256Hex(CorpusBundle.PHOTO)
                    .toUpperCase(java.util.Locale.ROOT)}}) {
            CorpusBundle b = CorpusBundle.valid();
            b.firstBlob().put("sha256", bad[1]);
            signed(bad[0], "bundle-bad-blob-list", "a blob named " + bad[1].replace("\u0000", "\\0")
                    .replace("\u001b", "\\e"), b);
        }
        CorpusBundle nul = CorpusBundle.valid();
        nul.firstBlob().put("sha256", "ab\u0000cd");
        signed("11-nul-in-name", "bundle-bad-text", "a blob named with a NUL character", nul);
        CorpusBundle photoPath = CorpusBundle.valid();
        ((ArrayNode) photoPath.firstSighting().get("photos")).removeAll().add("../../../etc/passwd");
        signed("11-photo-as-path", "bundle-bad-record", "a record's photo named like a path", photoPath);
    }

    // 12. There is no zip form: an archive offered as a bundle is not JSON.
    private void family12() {
        raw("12-zip-instead-of-envelope", "bundle-not-utf8", "a zip archive offered as a bundle file (binary, not UTF-8 text)",
                concat(new byte[] {0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0}, utf8("bundle.json")));
    }

    private CorpusBundle second(CorpusBundle first, String prev) {
        CorpusBundle b = new CorpusBundle(2, prev);
        String digest = RecordDigest.legacy(SightingJson.read(first.firstSighting()));
        b.firstRecord().put("revision", 2).put("baseRevision", 1).put("baseDigest", digest).put("change", "update");
        b.firstSighting().put("revision", 2).put("note", "edited");
        return b;
    }

    // 13. Text that is not UTF-8, numbers that only equal integers, tags OpenStreetMap would refuse.
    private void family13() {
        byte[] envelope = CorpusBundle.valid().envelope();
        String text = new String(envelope, StandardCharsets.UTF_8);
        raw("13-utf16-envelope", "bundle-not-utf8", "the envelope in UTF-16 (Jackson would guess and read it)",
                text.getBytes(StandardCharsets.UTF_16BE));
        raw("13-utf16le-envelope-bom", "bundle-not-utf8", "the envelope in UTF-16LE with its byte order mark",
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        raw("13-utf32-envelope", "bundle-not-utf8", "the envelope in UTF-32", text.getBytes(java.nio.charset.Charset.forName("UTF-32BE")));
        raw("13-utf8-bom", "bundle-not-utf8", "a UTF-8 byte order mark before the envelope",
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, envelope));
        CorpusBundle b = CorpusBundle.valid();
        String payload = new String(b.payload(), StandardCharsets.UTF_8);
        raw("13-utf16-manifest", "bundle-not-utf8", "a signed manifest in UTF-16",
                b.envelope(payload.getBytes(StandardCharsets.UTF_16BE)), b.blobs);
        byte[] note = utf8(payload.replace("\"status\":", "\"note\":\"a#b\",\"status\":"));
        int hash = indexOf(note, (byte) '#');
        byte[] overlong = concat(concat(Arrays.copyOf(note, hash), new byte[] {(byte) 0xC0, (byte) 0xAF}),
                Arrays.copyOfRange(note, hash + 1, note.length));
        raw("13-overlong-utf8", "bundle-not-utf8", "a note holding C0 AF, an overlong form of /", b.envelope(overlong), b.blobs);
        byte[] surrogate = concat(concat(Arrays.copyOf(note, hash), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                Arrays.copyOfRange(note, hash + 1, note.length));
        raw("13-encoded-surrogate", "bundle-not-utf8", "a note holding ED A0 80, a surrogate encoded as UTF-8",
                b.envelope(surrogate), b.blobs);

        manifestText("13-seq-as-decimal", "bundle-bad-manifest", "seq written 1.0", "\"seq\":1,", "\"seq\":1.0,");
        manifestText("13-version-as-exponent", "bundle-newer-version", "version written 1e0", "\"version\":1,",
                "\"version\":1e0,");
        record("13-revision-as-decimal", "a record revision written 1.0", b2 -> b2.firstRecord().put("revision", 1.0));
        record("13-base-revision-as-decimal", "a base revision written 0.0", b2 -> b2.firstRecord().put("baseRevision", 0.0));
        record("13-sighting-revision-as-decimal", "a sighting revision written 1.0",
                b2 -> b2.firstSighting().put("revision", 1.0));
        CorpusBundle size = CorpusBundle.valid();
        size.firstBlob().put("size", size.firstBlob().get("size").asDouble());
        signed("13-blob-size-as-decimal", "bundle-blob-too-large", "a photo size written with a decimal point", size);

        record("13-tag-value-60000", "an extra tag value of 60,000 characters (OpenStreetMap allows 255)",
                b2 -> b2.firstSighting().putObject("extraTags").put("description", "d".repeat(60_000)));
        record("13-tag-value-256", "an extra tag value of 256 characters",
                b2 -> b2.firstSighting().putObject("extraTags").put("description", "é".repeat(256)));
        record("13-tag-key-256", "an extra tag key of 256 characters",
                b2 -> b2.firstSighting().putObject("extraTags").put("k".repeat(256), "v"));
        record("13-thirty-thousand-tags", "30,000 extra tags on one sighting", b2 -> {
            ObjectNode tags = b2.firstSighting().putObject("extraTags");
            for (int i = 0; i < 30_000; i++) {
                tags.put("note:" + i, "x");
            }
        });
        record("13-tag-key-bidi", "an extra tag key holding a right-to-left override",
                b2 -> b2.firstSighting().putObject("extraTags").put("operator\u202E:wiki", "x"));
        record("13-tag-key-invisible", "an extra tag key holding a zero-width space",
                b2 -> b2.firstSighting().putObject("extraTags").put("ope\u200Brator:wiki", "x"));
        record("13-tag-keys-equal-normalised", "two extra tag keys equal once Unicode-normalised (é composed and decomposed)",
                b2 -> b2.firstSighting().putObject("extraTags").put("name:caf\u00e9", "a").put("name:cafe\u0301", "b"));
        record("13-tag-value-bidi", "an extra tag value holding a left-to-right embedding",
                b2 -> b2.firstSighting().putObject("extraTags").put("description", "a\u202Ab"));
        record("13-tag-value-control", "an extra tag value holding an escape character",
                b2 -> b2.firstSighting().putObject("extraTags").put("description", "a\u001b[2Jb"));
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalStateException("not found");
    }

    private void record(String name, String description, Consumer<CorpusBundle> breakIt) {
        CorpusBundle b = CorpusBundle.valid();
        breakIt.accept(b);
        signed(name, "bundle-bad-record", description, b);
    }

    private void photo(String name, String expected, String description, byte[] data) {
        CorpusBundle b = CorpusBundle.valid();
        b.photo(data);
        signed(name, expected, description, b);
    }

    private void manifestText(String name, String expected, String description, String find, String replace) {
        CorpusBundle b = CorpusBundle.valid();
        String payload = new String(b.payload(), java.nio.charset.StandardCharsets.UTF_8);
        if (!payload.contains(find)) {
            throw new IllegalStateException(find);
        }
        raw(name, expected, description, b.envelope(utf8(payload.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace)))), b.blobs);
    }

    private void signed(String name, String expected, String description, CorpusBundle b) {
        raw(name, expected, description, b.envelope(), b.blobs);
    }

    private void raw(String name, String expected, String description, byte[] envelope) {
        raw(name, expected, description, envelope, Map.of());
    }

    private void raw(String name, String expected, String description, byte[] envelope, Map<String, byte[]> blobs) {
        add(new Case(name, expected, description, "trusted", files(envelope, blobs)));
    }

    private void add(Case c) {
        cases.add(c);
    }

    private static Map<String, byte[]> files(byte[] envelope, Map<String, byte[]> blobs) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("bundle.json", envelope);
        blobs.forEach((sha, data) -> files.put("blobs/sha256/" + sha.substring(0, 2) + "/" + sha, data));
        return files;
    }

    /** S + L: the same signature in a non-canonical form that lax verifiers accept. */
    private static byte[] nonCanonicalS(byte[] sig) {
        BigInteger order = BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));
        byte[] sLittle = Arrays.copyOfRange(sig, 32, 64);
        BigInteger s = new BigInteger(1, reverse(sLittle)).add(order);
        byte[] big = s.toByteArray();
        byte[] le = new byte[32];
        for (int i = 0; i < Math.min(32, big.length); i++) {
            le[i] = big[big.length - 1 - i];
        }
        byte[] out = sig.clone();
        System.arraycopy(le, 0, out, 32, 32);
        return out;
    }

    private static byte[] reverse(byte[] a) {
        byte[] r = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }

    /** The photo with its frame header rewritten to 65,535 x 65,535. */
    private static byte[] pixelBomb(byte[] jpeg) {
        byte[] out = jpeg.clone();
        for (int i = 2; i + 9 < out.length; i++) {
            if ((out[i] & 0xff) == 0xff && ((out[i + 1] & 0xff) == 0xc0 || (out[i + 1] & 0xff) == 0xc2)) {
                out[i + 5] = (byte) 0xff;
                out[i + 6] = (byte) 0xff;
                out[i + 7] = (byte) 0xff;
                out[i + 8] = (byte) 0xff;
                return out;
            }
        }
        throw new IllegalStateException("no frame header");
    }

    private static byte[] png() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static ObjectNode parse(byte[] json) {
        try {
            return (ObjectNode) CorpusBundle.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(ObjectNode node) {
        try {
            return CorpusBundle.JSON.writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

}
