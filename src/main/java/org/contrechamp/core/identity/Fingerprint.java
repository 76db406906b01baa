package org.contrechamp.core.identity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of a public key: SHA-256 of its raw 32 bytes, as 64 lower-case hex digits. People compare
 * the first 128 bits in person, shown as eight groups of four hex digits ({@link #display()}).
 */
public record Fingerprint(String hex) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public Fingerprint {
        if (hex == null || !HEX64.matcher(hex).matches()) {
            throw new IllegalArgumentException("a fingerprint is 64 lower-case hex digits");
        }
    }

    public static Fingerprint of(byte[] rawPublicKey) {
        return new Fingerprint(HexFormat.of().formatHex(sha256(rawPublicKey)));
    }

    /** Reads a full fingerprint as typed or pasted: any case, spaces, colons or dashes between digits. */
    public static Optional<Fingerprint> parse(String text) {
        String digits = compact(text);
        return HEX64.matcher(digits).matches() ? Optional.of(new Fingerprint(digits)) : Optional.empty();
    }

    /** The hex digits of a typed fingerprint or fingerprint prefix, without separators, lower case. */
    public static String compact(String text) {
        return text == null ? "" : text.replaceAll("[\\s:-]", "").toLowerCase(Locale.ROOT);
    }

    /** {@code 3f2a 91c0 ...}: the first 128 bits in groups of four, for comparing aloud or on paper. */
    public String display() {
        StringBuilder out = new StringBuilder(39);
        for (int i = 0; i < 32; i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(hex, i, i + 4);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return hex;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
