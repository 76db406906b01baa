package org.contrechamp.core.photo.metadata;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import com.drew.lang.BufferBoundsException;
import com.drew.lang.RandomAccessReader;

/**
 * Random access to a file for metadata-extractor's TIFF reader, in blocks read once and kept:
 * metadata-extractor's own file reader asks the operating system for every single byte (30 times
 * slower on a small TIFF), and reading the whole file would be wasteful on a large one, whose
 * directories are a few kilobytes. Bounds are checked as in metadata-extractor's readers.
 */
final class FileBlockReader extends RandomAccessReader implements AutoCloseable {

    private static final int BLOCK = 16 * 1024;

    private final FileChannel channel;
    private final long length;
    private final Map<Integer, byte[]> blocks = new HashMap<>();

    FileBlockReader(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.length = channel.size();
    }

    @Override
    public int toUnshiftedOffset(int localOffset) {
        return localOffset;
    }

    @Override
    public long getLength() {
        return length;
    }

    @Override
    public byte getByte(int index) throws IOException {
        validateIndex(index, 1);
        return block(index / BLOCK)[index % BLOCK];
    }

    @Override
    public byte[] getBytes(int index, int count) throws IOException {
        validateIndex(index, count);
        byte[] out = new byte[count];
        int done = 0;
        while (done < count) {
            int at = index + done;
            byte[] block = block(at / BLOCK);
            int n = Math.min(count - done, BLOCK - at % BLOCK);
            System.arraycopy(block, at % BLOCK, out, done, n);
            done += n;
        }
        return out;
    }

    private byte[] block(int number) throws IOException {
        byte[] block = blocks.get(number);
        if (block == null) {
            long start = (long) number * BLOCK;
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(BLOCK, length - start));
            while (buffer.hasRemaining() && channel.read(buffer, start + buffer.position()) >= 0) {
                // read until the block is full (or the file, changed under us, ends)
            }
            block = buffer.array();
            blocks.put(number, block);
        }
        return block;
    }

    @Override
    protected boolean isValidIndex(int index, int bytesRequested) {
        return bytesRequested >= 0 && index >= 0 && (long) index + bytesRequested - 1 < length;
    }

    @Override
    protected void validateIndex(int index, int bytesRequested) throws IOException {
        if (!isValidIndex(index, bytesRequested)) {
            throw new BufferBoundsException(index, bytesRequested, length);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
