package org.contrechamp.core.bundle;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * Decodes the bundle format's base64 (standard alphabet, padded, canonical: the only text that
 * encodes its bytes) from a range of an array, on two cores when it is long. The payload of a bundle
 * of 10,000 records is 9 MB of base64, decoded before anything else can start: halving that wait is
 * worth a decoder of our own, which the JDK's cannot be, as it decodes whole arrays from their start
 * only. It accepts exactly what the JDK's decoder accepts that {@link Envelope#isCanonical} also
 * accepts, with the same bytes ({@code StrictBase64Test} holds it to that).
 */
final class StrictBase64 {

    /** Below this many characters one core decodes alone: starting the other costs more than it saves. */
    private static final int PARALLEL_FROM = 1 << 20;

    /** The value of each alphabet character, -1 for every other byte (padding included). */
    private static final int[] VALUES = new int[256];

    static {
        Arrays.fill(VALUES, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = i;
        }
    }

    private StrictBase64() {
    }

    /** The bytes {@code length} characters at {@code from} encode, or null when they are not canonical base64. */
    static byte[] decode(byte[] text, int from, int length) {
        if (length % 4 != 0) {
            return null;
        }
        if (length == 0) {
            return new byte[0];
        }
        int padding = text[from + length - 1] != '=' ? 0 : text[from + length - 2] != '=' ? 1 : 2;
        byte[] out = new byte[length / 4 * 3 - padding];
        // Every group but the last is four alphabet characters; the last may end in padding.
        int groups = length / 4 - 1;
        int split = length < PARALLEL_FROM ? 0 : groups / 2;
        CompletableFuture<Boolean> first = split == 0 ? null
                : CompletableFuture.supplyAsync(() -> decodeGroups(text, from, 0, split, out));
        boolean ok = decodeGroups(text, from, split, groups, out) && decodeLast(text, from + groups * 4, padding, out);
        return (first == null || first.join()) && ok ? out : null;
    }

    /** Decodes groups {@code fromGroup} to {@code toGroup - 1}, each four characters into three bytes; false on any other character. */
    private static boolean decodeGroups(byte[] text, int from, int fromGroup, int toGroup, byte[] out) {
        int[] values = VALUES;
        int in = from + fromGroup * 4;
        int at = fromGroup * 3;
        int end = toGroup * 3;
        while (at < end) {
            // A character outside the alphabet is -1, which makes the whole group negative.
            int group = values[text[in] & 0xff] << 18 | values[text[in + 1] & 0xff] << 12
                    | values[text[in + 2] & 0xff] << 6 | values[text[in + 3] & 0xff];
            if (group < 0) {
                return false;
            }
            out[at] = (byte) (group >> 16);
            out[at + 1] = (byte) (group >> 8);
            out[at + 2] = (byte) group;
            in += 4;
            at += 3;
        }
        return true;
    }

    /** The last group, with its padding: the bits the padding leaves over must be zero (canonical). */
    private static boolean decodeLast(byte[] text, int in, int padding, byte[] out) {
        int chars = 4 - padding;
        int group = 0;
        for (int i = 0; i < chars; i++) {
            int value = VALUES[text[in + i] & 0xff];
            if (value < 0) {
                return false;
            }
            group = group << 6 | value;
        }
        group <<= 6 * padding;
        // The low 8 bits per padding character are not part of any byte.
        if ((group & ((1 << (8 * padding)) - 1)) != 0) {
            return false;
        }
        int at = out.length - (3 - padding);
        for (int i = 0; i < 3 - padding; i++) {
            out[at + i] = (byte) (group >> (16 - 8 * i));
        }
        return true;
    }
}
