package org.contrechamp.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Manifests and records written as text from docs/bundle-format.md, section 4: the members of each
 * table in their order, and the shared document of section 4.1 written in its canonical form by hand.
 * One camera, at two moments: created, then given a note.
 */
final class HandMadeRecords {

    /** The creation and update times of one version, as section 4.1 writes instants. */
    record Times(String createdAt, String updatedAt) {
    }

    static final Times CREATED = new Times("2026-11-28T14:02:00Z", "2026-11-28T14:02:00Z");
    static final Times EDITED = new Times("2026-11-28T14:02:00Z", "2026-11-29T09:30:00.250Z");

    /** Every field name of the record table: what a creation lists. */
    static final String ALL_FIELDS = "[\"position\",\"kind\",\"area\",\"zone\",\"cameraType\",\"mount\",\"directions\","
            + "\"tilt\",\"height\",\"operator\",\"operatorType\",\"manufacturer\",\"model\",\"surveyDate\",\"checkDate\","
            + "\"fixme\",\"note\",\"status\",\"draft\",\"surveyedAt\",\"photos\",\"street\",\"extraTags\"]";

    private HandMadeRecords() {
    }

    /**
     * The canonical text of section 4.1: members in their order, unknown ones left out, revision 1, no
     * street, draft false; 0.0005 written as Java writes the double ({@code 5.0E-4}), 5 and 15 as {@code 5.0}
     * and {@code 15.0}; extra tags sorted by key; text as UTF-8, unescaped.
     *
     * @param photo the shared photo's hash, or null for none
     * @param note  the note, or null when not known
     */
    static String sharedDocument(UUID id, String photo, String note, Times times) {
        return "{\"id\":\"" + id + "\",\"revision\":1,"
                + "\"position\":{\"lat\":48.8566,\"lon\":5.0E-4,\"source\":\"exif\",\"accuracy\":5.0},"
                + "\"kind\":\"camera\",\"cameraType\":\"dome\",\"mount\":\"wall\",\"directions\":[\"135\",\"300-60.5\"],"
                + "\"tilt\":15.0,\"operator\":\"Mairie\","
                + (note == null ? "" : "\"note\":\"" + note + "\",")
                + "\"status\":\"active\",\"draft\":false,"
                + "\"createdAt\":\"" + times.createdAt() + "\",\"updatedAt\":\"" + times.updatedAt() + "\","
                + "\"photos\":[" + (photo == null ? "" : "\"" + photo + "\"") + "],"
                + "\"extraTags\":{\"name\":\"Place du Marché\",\"ref\":\"B-12\"}}";
    }

    /**
     * The created version as another writer might send it: members in another order, numbers written
     * otherwise, a street and a draft flag (both dropped on receipt). Its digest is that of
     * {@link #sharedDocument} all the same.
     */
    static String asSentElsewise(UUID id, String photo) {
        return "{\"revision\":1,\"id\":\"" + id + "\",\"status\":\"active\",\"draft\":true,"
                + "\"street\":{\"name\":\"Rue du Port\",\"manual\":true},\"photos\":[\"" + photo + "\"],"
                + "\"extraTags\":{\"ref\":\"B-12\",\"name\":\"Place du Marché\"},"
                + "\"position\":{\"source\":\"exif\",\"accuracy\":5,\"lon\":0.0005,\"lat\":48.8566},"
                + "\"directions\":[\"135\",\"300-60.5\"],\"tilt\":15,\"kind\":\"camera\",\"mount\":\"wall\","
                + "\"cameraType\":\"dome\",\"operator\":\"Mairie\","
                + "\"createdAt\":\"" + CREATED.createdAt() + "\",\"updatedAt\":\"" + CREATED.updatedAt() + "\"}";
    }

    /** A record of version 2, members in the order of the record table. */
    static String version2(UUID id, int revision, int base, String baseDigest, String change, String fields,
                           String digest, List<String> parents, List<String> ancestors, String author,
                           String sighting) {
        return "{\"id\":\"" + id + "\",\"revision\":" + revision + ",\"baseRevision\":" + base
                + (baseDigest == null ? "" : ",\"baseDigest\":\"" + baseDigest + "\"")
                + ",\"change\":\"" + change + "\",\"fields\":" + fields + ",\"deleted\":false"
                + ",\"digest\":\"" + digest + "\",\"parents\":" + hexList(parents) + ",\"ancestors\":" + hexList(ancestors)
                + ",\"author\":\"" + author + "\",\"sighting\":" + sighting + "}";
    }

    /** A record of version 1: no digest, parents, ancestors or author (section 4.3). */
    static String version1(UUID id, int revision, int base, String baseDigest, String change, String fields,
                           String sighting) {
        return "{\"id\":\"" + id + "\",\"revision\":" + revision + ",\"baseRevision\":" + base
                + (baseDigest == null ? "" : ",\"baseDigest\":\"" + baseDigest + "\"")
                + ",\"change\":\"" + change + "\",\"fields\":" + fields + ",\"deleted\":false,\"sighting\":" + sighting
                + "}";
    }

    /** The manifest table, one record per line as Contrechamp writes it (any JSON layout reads). */
    static String manifest(int version, String audience, HandSignedBundles signer, List<String> records,
                           String blobs) {
        return "{\"format\":\"contrechamp-bundle\",\"version\":" + version + ",\"audience\":\"" + audience
                + "\",\"signer\":\"" + signer.fingerprint() + "\",\"signerName\":\"" + signer.name + "\","
                + signer.nextSequence() + ",\"createdAt\":\"2026-12-01T10:00:00Z\",\"records\":[\n"
                + String.join(",\n", records) + "],\"blobs\":" + blobs + "}\n";
    }

    /** The blob list naming one photo of the repository, with its size. */
    static String blobs(Path repository, String sha) throws IOException {
        long size = Files.size(repository.resolve("blobs").resolve("sha256").resolve(sha.substring(0, 2)).resolve(sha));
        return "[{\"sha256\":\"" + sha + "\",\"size\":" + size + ",\"mediaType\":\"image/jpeg\"}]";
    }

    private static String hexList(List<String> digests) {
        return digests.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
