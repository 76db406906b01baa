package org.contrechamp.core.repository;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.function.LongFunction;

/**
 * Reads a whole file of bounded size into one array of its exact size. Reading up to the bound
 * through a stream instead gathered the bytes in small buffers and joined them afterwards: for a
 * 9 MB bundle, twice its size allocated and copied, and more time than decoding it. The size the
 * file has when opened is only a first guess: a file that shrinks or grows while it is read is read
 * to its real end, and refused when it passes the bound, without reading further.
 */
final class BoundedRead {

    /** Read in pieces: the JDK stages a read into an array in a native buffer of the piece's size. */
    private static final int PIECE = 256 * 1024;

    private BoundedRead() {
    }

    /**
     * @param max      the largest size accepted
     * @param tooLarge the exception for a file of the given size (or at least that size), above {@code max}
     */
    static byte[] read(FileChannel channel, long max, LongFunction<RuntimeException> tooLarge) throws IOException {
        return read(channel, channel.size(), max, tooLarge);
    }

    /** {@link #read(FileChannel, long, LongFunction)} of a file whose size was {@code size} a moment ago. */
    static byte[] read(FileChannel channel, long size, long max, LongFunction<RuntimeException> tooLarge)
            throws IOException {
        if (size > max) {
            throw tooLarge.apply(size);
        }
        byte[] bytes = new byte[(int) size];
        int filled = fill(channel, bytes);
        if (filled < bytes.length) {
            return Arrays.copyOf(bytes, filled);
        }
        ByteBuffer probe = ByteBuffer.allocate(1);
        if (channel.read(probe) <= 0) {
            return bytes;
        }
        // Grown since it was opened: the rest too, never reading past the bound.
        byte[] rest = Channels.newInputStream(channel).readNBytes((int) (max - size));
        long total = size + 1 + rest.length;
        if (total > max) {
            throw tooLarge.apply(total);
        }
        byte[] all = Arrays.copyOf(bytes, (int) total);
        all[bytes.length] = probe.get(0);
        System.arraycopy(rest, 0, all, bytes.length + 1, rest.length);
        return all;
    }

    /** Fills {@code bytes} until full or at the end of the file; returns how many bytes it read. */
    private static int fill(FileChannel channel, byte[] bytes) throws IOException {
        int at = 0;
        while (at < bytes.length) {
            int n = channel.read(ByteBuffer.wrap(bytes, at, Math.min(PIECE, bytes.length - at)));
            if (n < 0) {
                break;
            }
            at += n;
        }
        return at;
    }
}
