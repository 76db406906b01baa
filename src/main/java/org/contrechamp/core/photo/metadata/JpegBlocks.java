package org.contrechamp.core.photo.metadata;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.drew.imaging.jpeg.JpegSegmentType;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.photoshop.PhotoshopReader;
import com.drew.metadata.xmp.XmpReader;

import org.contrechamp.core.photo.PhotoMetadata.UnreadBlock;

/**
 * The metadata blocks of a JPEG (EXIF, XMP, IPTC, a Canon CIFF block), each read on its own, so that
 * one that cannot be read costs only itself. Cameras and editors add blocks of their own beside the
 * camera's EXIF (a thermal camera's FLIR data, a second EXIF, a packet in the wrong encoding), and
 * metadata-extractor may stop with an exception on such bytes: read in one go, the first bad block
 * would hide every block after it.
 *
 * <p>Every block that failed, or was read with errors, is named in {@link #unread}; what it gave is
 * kept, but after what the sound blocks gave, so that a damaged block never shadows a sound one
 * (the interpreter takes the first directory that holds a fact).
 */
final class JpegBlocks {

    private static final byte[] XMP_PREAMBLE = "http://ns.adobe.com/xap/1.0/".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] XMP_EXTENSION_PREAMBLE = "http://ns.adobe.com/xmp/extension/"
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PHOTOSHOP_PREAMBLE = "Photoshop 3.0".getBytes(StandardCharsets.ISO_8859_1);

    final Metadata metadata = new Metadata();
    final List<UnreadBlock> unread = new ArrayList<>();
    /** The segment each EXIF directory came from: the thumbnail's offset is counted in its own segment. */
    private final Map<Directory, JpegSegments.Segment> exifOrigin = new IdentityHashMap<>();
    /** The index (in {@link JpegSegments#segments}) of the first EXIF segment, or -1. */
    int firstExif = -1;
    /** The capture time of the first CIFF block, and that block's index; -1 when none. */
    Optional<LocalDateTime> ciffTime = Optional.empty();
    int ciffIndex = -1;

    private JpegBlocks() {
    }

    static JpegBlocks read(JpegSegments jpeg) {
        JpegBlocks blocks = new JpegBlocks();
        blocks.readExif(jpeg);
        blocks.readXmp(jpeg);
        blocks.readIptc(jpeg);
        blocks.readCiff(jpeg);
        return blocks;
    }

    /** The EXIF segment a directory was read from, or {@code null}. */
    JpegSegments.Segment exifSegmentOf(Directory directory) {
        return exifOrigin.get(directory);
    }

    private void readExif(JpegSegments jpeg) {
        List<Metadata> damaged = new ArrayList<>();
        List<JpegSegments.Segment> damagedSegments = new ArrayList<>();
        for (int i = 0; i < jpeg.segments.size(); i++) {
            JpegSegments.Segment s = jpeg.segments.get(i);
            if (s.marker() != 0xE1 || !ExifSegments.isExif(s.data())) {
                continue;
            }
            if (firstExif < 0) {
                firstExif = i;
            }
            Metadata own = new Metadata();
            if (attempt(own, m -> ExifSegments.read(s.data(), m))) {
                keep(own, s);
            } else {
                damaged.add(own);
                damagedSegments.add(s);
                unread.add(block("exif", s));
            }
        }
        for (int i = 0; i < damaged.size(); i++) {
            keep(damaged.get(i), damagedSegments.get(i));
        }
    }

    /**
     * XMP is a fallback (see {@link XmpNeed}). The packets are read together (an extended packet
     * needs its main one); when that fails, each packet alone, to find the bad one and keep the rest.
     */
    private void readXmp(JpegSegments jpeg) {
        List<JpegSegments.Segment> packets = new ArrayList<>();
        for (JpegSegments.Segment s : jpeg.segments) {
            if (s.marker() == 0xE1 && (XmpNeed.startsWith(s.data(), XMP_PREAMBLE)
                    || XmpNeed.startsWith(s.data(), XMP_EXTENSION_PREAMBLE))) {
                packets.add(s);
            }
        }
        if (packets.isEmpty() || !XmpNeed.wanted(datas(packets), new MetadataInterpreter(metadata))) {
            return;
        }
        Metadata together = new Metadata();
        if (attempt(together, m -> new XmpReader().readJpegSegments(datas(packets), m, JpegSegmentType.APP1))) {
            keep(together, null);
            return;
        }
        readEachAlone("xmp", packets,
                (s, m) -> new XmpReader().readJpegSegments(List.of(s.data()), m, JpegSegmentType.APP1));
    }

    /** IPTC, inside Photoshop's APP13 blocks: the time's last fallback before GPS. */
    private void readIptc(JpegSegments jpeg) {
        List<JpegSegments.Segment> blocks = new ArrayList<>();
        for (JpegSegments.Segment s : jpeg.segments) {
            if (s.marker() == 0xED && XmpNeed.startsWith(s.data(), PHOTOSHOP_PREAMBLE)) {
                blocks.add(s);
            }
        }
        readEachAlone("iptc", blocks,
                (s, m) -> new PhotoshopReader().readJpegSegments(List.of(s.data()), m, JpegSegmentType.APPD));
    }

    private void readEachAlone(String kind, List<JpegSegments.Segment> segments,
                               BiConsumer<JpegSegments.Segment, Metadata> reader) {
        List<Metadata> damaged = new ArrayList<>();
        for (JpegSegments.Segment s : segments) {
            Metadata own = new Metadata();
            if (attempt(own, m -> reader.accept(s, m))) {
                keep(own, null);
            } else {
                damaged.add(own);
                unread.add(block(kind, s));
            }
        }
        damaged.forEach(m -> keep(m, null));
    }

    /** The first Canon CIFF block in APP0 that holds a readable time. */
    private void readCiff(JpegSegments jpeg) {
        for (int i = 0; i < jpeg.segments.size() && ciffTime.isEmpty(); i++) {
            JpegSegments.Segment s = jpeg.segments.get(i);
            if (s.marker() == 0xE0 && CiffTimeStamp.isCiff(s.data())) {
                try {
                    ciffTime = CiffTimeStamp.read(s.data());
                    ciffIndex = i;
                } catch (RuntimeException e) {
                    unread.add(block("ciff", s));
                }
            }
        }
    }

    /**
     * Runs one reader on one block; whether the block was read without error. Whatever the
     * library throws on hostile bytes (a stack overflow included) is that block's failure only.
     */
    private static boolean attempt(Metadata into, Consumer<Metadata> reader) {
        try {
            reader.accept(into);
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
        return !into.hasErrors();
    }

    private void keep(Metadata read, JpegSegments.Segment exifSegment) {
        for (Directory d : read.getDirectories()) {
            metadata.addDirectory(d);
            if (exifSegment != null) {
                exifOrigin.put(d, exifSegment);
            }
        }
    }

    private static List<byte[]> datas(List<JpegSegments.Segment> segments) {
        return segments.stream().map(JpegSegments.Segment::data).toList();
    }

    /** The block, placed at its segment's marker: two bytes of marker and two of length before its data. */
    private static UnreadBlock block(String kind, JpegSegments.Segment s) {
        return new UnreadBlock(kind, s.marker(), s.dataOffset() - 4);
    }
}
