package org.contrechamp.core.bundle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The constants and limits of the bundle format (docs/bundle-format.md is the specification). Format 2
 * adds what records need to merge (their digest, parents, ancestors and author: docs/adr/0042); the
 * envelope's payload type stays the one of the family, and the manifest's {@code version} tells them apart.
 */
public final class BundleFormat {

    public static final String PAYLOAD_TYPE = "application/vnd.contrechamp.bundle.v1+json";
    /** Any Contrechamp bundle type, to tell "newer version" from "not ours". */
    static final Pattern ANY_VERSION = Pattern.compile("application/vnd\\.contrechamp\\.bundle\\.v(\\d{1,9})\\+json");
    public static final String MANIFEST_FORMAT = "contrechamp-bundle";
    /**
     * The newest format this version reads and writes: 4 lets a record's {@code fields} name
     * {@code deleted}, the record deleted or restored since its base (docs/adr/0057); 3 added the
     * comments of decisions (docs/adr/0055). A bundle is written in the oldest format that holds what
     * it carries ({@link #WITHOUT_COMMENTS} when no record has a comment or names {@code deleted}), so
     * that computers not updated yet refuse only the bundles they could not read whole.
     */
    public static final int VERSION = 4;
    /** The format of a bundle a record of which carries a comment, and none names {@code deleted}. */
    public static final int WITH_COMMENTS = 3;
    /** The format of a bundle none of whose records carries a comment or names {@code deleted}. */
    public static final int WITHOUT_COMMENTS = 2;
    /** The name {@code fields} gives a deletion or a restoration since the base (format 4). */
    public static final String DELETED_OR_RESTORED = "deleted";
    /** The oldest format this version still reads. */
    public static final int OLDEST_READ = 1;
    /** Revisions a record may name as included: a record edited ten thousand times is not a field survey. */
    public static final int MAX_ANCESTORS = 10_000;
    /** Parents of one collapsed change: its base and the other sides of the merges it collapses. */
    public static final int MAX_PARENTS = 64;
    public static final String JPEG = "image/jpeg";

    /** Envelope file size limit: 10,000 records make about 10 MiB; the exporter splits above 5,000. */
    public static final long MAX_ENVELOPE_BYTES = 64L * 1024 * 1024;
    public static final int MAX_RECORDS = 20_000;
    public static final int MAX_BLOBS = 20_000;
    /** A shared photo is at most 2048 px by default (8192 at most): a few MiB. */
    public static final long MAX_BLOB_BYTES = 32L * 1024 * 1024;
    /** Pixel-count bomb guard for received photos: width × height. */
    public static final long MAX_BLOB_PIXELS = 8192L * 8192L;
    public static final int MAX_BLOB_EDGE = 16_384;
    /** Records nest four levels deep at most; leave room, refuse pathological nesting. */
    public static final int MAX_DEPTH = 12;

    static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    private BundleFormat() {
    }

    public static boolean isHex64(String text) {
        return text != null && HEX64.matcher(text).matches();
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
