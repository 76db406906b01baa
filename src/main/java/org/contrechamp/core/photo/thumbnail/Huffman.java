package org.contrechamp.core.photo.thumbnail;

/**
 * A JPEG Huffman table (ITU T.81 annex C): codes up to 9 bits long are found with one table
 * look-up, longer ones by comparing against the largest code of each length.
 */
final class Huffman {

    static final int FAST_BITS = 9;

    /** (length << 8) | symbol for every 9-bit prefix of a short code; 0 where the code is longer. */
    final int[] fast = new int[1 << FAST_BITS];
    final int[] maxCode = new int[18];
    final int[] valueOffset = new int[17];
    final int[] symbols;

    Huffman(int[] counts, int[] symbols) {
        this.symbols = symbols;
        int code = 0;
        int k = 0;
        for (int length = 1; length <= 16; length++) {
            valueOffset[length] = k - code;
            for (int i = 0; i < counts[length]; i++, k++, code++) {
                if (length <= FAST_BITS) {
                    int shift = FAST_BITS - length;
                    int first = code << shift;
                    for (int j = 0; j < (1 << shift); j++) {
                        fast[first + j] = (length << 8) | symbols[k];
                    }
                }
            }
            maxCode[length] = counts[length] == 0 ? -1 : code - 1;
            code <<= 1;
        }
        maxCode[17] = Integer.MAX_VALUE;
    }
}
