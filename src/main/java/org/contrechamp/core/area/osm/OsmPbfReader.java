package org.contrechamp.core.area.osm;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;

import crosby.binary.Fileformat;
import crosby.binary.Osmformat;

/**
 * Reads the OpenStreetMap PBF format. The file is a sequence of blobs, each a 4-byte length, a
 * {@code BlobHeader} and a {@code Blob}; the framing is done here rather than by osmpbf's own
 * {@code BlockInputStream}, which takes a file cut in the middle of a blob for a complete one and
 * turns damage into {@link Error}s. Blocks are decoded by {@link PbfBlockDecoder}. See ADR 0020.
 */
final class OsmPbfReader {

    /** Limits from the format's specification: anything larger is damage, not data. */
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_BLOB_BYTES = 32 * 1024 * 1024;
    private static final Set<String> SUPPORTED_FEATURES = Set.of("OsmSchema-V0.6", "DenseNodes");

    private final ReadContext context;

    OsmPbfReader(ReadContext context) {
        this.context = context;
    }

    void read(InputStream input, OsmHandler handler) throws IOException {
        DataInputStream in = new DataInputStream(input);
        PbfBlockDecoder decoder = new PbfBlockDecoder(handler, context);
        boolean first = true;
        while (true) {
            int headerLength;
            int b0 = in.read();
            if (b0 < 0) {
                break; // a clean end between blobs
            }
            try {
                headerLength = (b0 << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedShort());
                if (headerLength <= 0 || headerLength > MAX_HEADER_BYTES) {
                    throw context.problem("osm-corrupt", "blob header of " + headerLength + " bytes");
                }
                Fileformat.BlobHeader header = Fileformat.BlobHeader.parseFrom(readExactly(in, headerLength));
                int dataSize = header.getDatasize();
                if (dataSize < 0 || dataSize > MAX_BLOB_BYTES) {
                    throw context.problem("osm-corrupt", "blob of " + dataSize + " bytes");
                }
                byte[] blobBytes = readExactly(in, dataSize);
                if (first && !"OSMHeader".equals(header.getType())) {
                    throw context.problem("osm-corrupt", "the first block is not a header");
                }
                first = false;
                switch (header.getType()) {
                    case "OSMHeader" -> readHeader(Osmformat.HeaderBlock.parseFrom(unpack(blobBytes)), handler);
                    case "OSMData" -> decoder.decode(Osmformat.PrimitiveBlock.parseFrom(unpack(blobBytes)));
                    default -> {
                        // The specification says to skip blob types one does not know.
                    }
                }
            } catch (EOFException e) {
                throw context.problem("osm-truncated");
            } catch (InvalidProtocolBufferException e) {
                throw context.problem("osm-corrupt", String.valueOf(e.getMessage()));
            } catch (PbfBlockDecoder.BadBlockException e) {
                throw context.problem("osm-corrupt", e.getMessage());
            }
            context.checkpoint();
        }
        if (first) {
            throw context.problem("osm-truncated");
        }
    }

    private static byte[] readExactly(DataInputStream in, int length) throws IOException {
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    private byte[] unpack(byte[] blobBytes) throws IOException {
        Fileformat.Blob blob = Fileformat.Blob.parseFrom(blobBytes);
        return switch (blob.getDataCase()) {
            case RAW -> blob.getRaw().toByteArray();
            case ZLIB_DATA -> inflate(blob.getZlibData(), blob.getRawSize());
            case DATA_NOT_SET -> throw context.problem("osm-corrupt", "an empty blob");
            default -> throw context.problem("osm-pbf-compression", blob.getDataCase().name().toLowerCase(java.util.Locale.ROOT));
        };
    }

    private byte[] inflate(ByteString compressed, int rawSize) {
        if (rawSize <= 0 || rawSize > MAX_BLOB_BYTES) {
            throw context.problem("osm-corrupt", "a block of " + rawSize + " bytes");
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed.toByteArray());
            byte[] out = new byte[rawSize];
            int n = 0;
            while (n < rawSize) {
                int got = inflater.inflate(out, n, rawSize - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != rawSize || !inflater.finished()) {
                throw context.problem("osm-corrupt", "a block does not unpack to its stated size");
            }
            return out;
        } catch (DataFormatException e) {
            throw context.problem("osm-corrupt", String.valueOf(e.getMessage()));
        } finally {
            inflater.end();
        }
    }

    private void readHeader(Osmformat.HeaderBlock header, OsmHandler handler) {
        for (String feature : header.getRequiredFeaturesList()) {
            if (!SUPPORTED_FEATURES.contains(feature)) {
                throw context.problem("osm-pbf-feature", feature);
            }
        }
        if (header.hasBbox()) {
            Osmformat.HeaderBBox box = header.getBbox();
            // Header boxes are in nanodegrees.
            double minLon = box.getLeft() * 1e-9;
            double maxLon = box.getRight() * 1e-9;
            double minLat = box.getBottom() * 1e-9;
            double maxLat = box.getTop() * 1e-9;
            if (minLon <= maxLon && minLat <= maxLat && minLat >= -90 && maxLat <= 90 && minLon >= -180 && maxLon <= 180) {
                handler.bounds(minLon, minLat, maxLon, maxLat);
            }
        }
        if (header.hasOsmosisReplicationTimestamp() && header.getOsmosisReplicationTimestamp() > 0) {
            handler.dataTimestamp(Instant.ofEpochSecond(header.getOsmosisReplicationTimestamp()));
        }
    }
}
