package org.contrechamp.core.photo;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The image formats photo import reads, recognised by their first bytes (never by the file name: a
 * text file named {@code .jpg} is not a JPEG, and an iPhone HEIC renamed {@code .jpg} still is a HEIC).
 */
public enum PhotoFormat {
    JPEG("jpeg"),
    HEIF("heif"),
    AVIF("avif"),
    PNG("png"),
    TIFF("tiff"),
    WEBP("webp");

    /** How many leading bytes {@link #sniff} needs to decide. */
    public static final int SNIFF_LENGTH = 64;

    private final String id;

    PhotoFormat(String id) {
        this.id = id;
    }

    /** The lower-case name stored in the database and shown in reports. */
    public String id() {
        return id;
    }

    public static Optional<PhotoFormat> fromId(String id) {
        for (PhotoFormat f : values()) {
            if (f.id.equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format of a file from its first bytes ({@code length} of them are valid), if it is one of ours. */
    public static Optional<PhotoFormat> sniff(byte[] head, int length) {
        if (length >= 3 && u(head, 0) == 0xFF && u(head, 1) == 0xD8 && u(head, 2) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (length >= 8 && u(head, 0) == 0x89 && ascii(head, 1, 3).equals("PNG") && u(head, 4) == 0x0D
                && u(head, 5) == 0x0A && u(head, 6) == 0x1A && u(head, 7) == 0x0A) {
            return Optional.of(PNG);
        }
        if (length >= 4 && ((ascii(head, 0, 2).equals("II") && u(head, 2) == 42 && u(head, 3) == 0)
                || (ascii(head, 0, 2).equals("MM") && u(head, 2) == 0 && u(head, 3) == 42))) {
            return Optional.of(TIFF);
        }
        if (length >= 12 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (length >= 12 && ascii(head, 4, 4).equals("ftyp")) {
            return isoBrand(head, length);
        }
        return Optional.empty();
    }

    /** HEIF and AVIF share the ISO base media file layout; the brands in the ftyp box tell them apart. */
    private static Optional<PhotoFormat> isoBrand(byte[] head, int length) {
        long boxSize = ((long) u(head, 0) << 24) | (u(head, 1) << 16) | (u(head, 2) << 8) | u(head, 3);
        int end = (int) Math.min(Math.max(boxSize, 16), length);
        String major = ascii(head, 8, 4);
        if (isAvif(major)) {
            return Optional.of(AVIF);
        }
        if (isHeif(major)) {
            return Optional.of(HEIF);
        }
        boolean heif = false;
        for (int i = 16; i + 4 <= end; i += 4) {
            String brand = ascii(head, i, 4);
            if (isAvif(brand)) {
                return Optional.of(AVIF);
            }
            heif |= isHeif(brand);
        }
        return heif ? Optional.of(HEIF) : Optional.empty();
    }

    private static boolean isAvif(String brand) {
        return brand.equals("avif") || brand.equals("avis");
    }

    private static boolean isHeif(String brand) {
        return switch (brand) {
            case "heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1", "mif2" -> true;
            default -> false;
        };
    }

    private static int u(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static String ascii(byte[] b, int from, int count) {
        return new String(b, from, count, StandardCharsets.ISO_8859_1);
    }
}
