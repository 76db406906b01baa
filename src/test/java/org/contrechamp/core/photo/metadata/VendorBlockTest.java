package org.contrechamp.core.photo.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.contrechamp.core.photo.PhotoMetadata;
import org.contrechamp.core.photo.PhotoMetadata.UnreadBlock;
import org.contrechamp.testing.TestJpegs;
import org.contrechamp.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JPEG that carries a vendor's block besides the camera's EXIF (a thermal camera's FLIR data, an
 * editor's second EXIF, a packet in the wrong encoding): a block that cannot be read is named, and
 * never hides what the other blocks say.
 */
class VendorBlockTest {

    @TempDir
    Path dir;

    private final PhotoMetadataReader reader = new PhotoMetadataReader();

    /** The camera's photo: position, direction and time in its EXIF segment. */
    private static byte[] cameraPhoto() {
        return TestPhotos.jpeg().gps(48.8566, 2.3522).direction(123.5, "T").takenAt("2026:05:01 10:00:00", "+02:00")
                .bytes();
    }

    private PhotoMetadata read(byte[] jpeg) throws Exception {
        return reader.read(Files.write(dir.resolve("photo.jpg"), jpeg));
    }

    private static void assertCameraFactsKept(PhotoMetadata m) {
        assertThat(m.position()).as("position").isNotNull();
        assertThat(m.position().latitude()).isCloseTo(48.8566, within(1e-6));
        assertThat(m.position().longitude()).isCloseTo(2.3522, within(1e-6));
        assertThat(m.direction()).as("direction").isEqualTo(123.5);
        assertThat(m.directionRef()).isEqualTo("T");
        assertThat(m.takenAt()).as("time").isNotNull();
        assertThat(m.takenAt().isoText()).isEqualTo("2026-05-01T10:00:00+02:00");
    }

    @Test
    void anExifBlockThatMakesTheReaderThrowDoesNotHideTheCamerasExif() throws Exception {
        // A vendor's EXIF block first: its IFD0 holds an XMP tag of one byte in Windows-1252, which
        // makes the XMP library inside the EXIF reader throw.
        byte[] jpeg = TestJpegs.withSegment(cameraPhoto(), 0xE1, exif(ifd(entry(0x02BC, 7, 1, 0x80000000))));

        PhotoMetadata m = read(jpeg);

        assertCameraFactsKept(m);
        assertThat(m.unreadBlocks()).containsExactly(new UnreadBlock("exif", 0xE1, 2));
    }

    @Test
    void anExifBlockWithAnEmptyGpsSectionDoesNotShadowTheCamerasGps() throws Exception {
        // IFD0 points to a GPS IFD that holds only GPSVersionID: no position, no direction.
        byte[] tiff = ifd(entry(0x8825, 4, 1, 26));
        tiff = concat(tiff, ifdAt(entry(0x0000, 1, 4, 0x02020000)));
        byte[] jpeg = TestJpegs.withSegment(cameraPhoto(), 0xE1, exif(tiff));

        PhotoMetadata m = read(jpeg);

        assertCameraFactsKept(m);
        assertThat(m.unreadBlocks()).isEmpty();
    }

    @Test
    void aThermalCamerasFlirBlockLeavesTheExifAsItIs() throws Exception {
        ByteArrayOutputStream flir = new ByteArrayOutputStream();
        flir.writeBytes("FLIR\0\1\0\0FFF\0".getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < 300; i++) {
            flir.write(i * 37);
        }
        byte[] jpeg = TestJpegs.withSegment(cameraPhoto(), 0xE1, flir.toByteArray());

        PhotoMetadata m = read(jpeg);

        assertCameraFactsKept(m);
        assertThat(m.unreadBlocks()).isEmpty();
    }

    @Test
    void aBrokenXmpPacketDoesNotHideTheNextOne() throws Exception {
        // No GPS in EXIF: the position comes from XMP, in the second packet; the first one throws.
        byte[] base = TestPhotos.jpeg().takenAt("2026:05:01 10:00:00", "+02:00").bytes();
        byte[] good = xmp("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                + "<rdf:Description xmlns:exif='http://ns.adobe.com/exif/1.0/' exif:GPSLatitude='48,51.396N'"
                + " exif:GPSLongitude='2,21.132E'/></rdf:RDF></x:xmpmeta>");
        byte[] broken = xmp("\u0080");
        byte[] jpeg = TestJpegs.withSegment(TestJpegs.withSegment(base, 0xE1, good), 0xE1, broken);

        PhotoMetadata m = read(jpeg);

        assertThat(m.position()).as("position from the second XMP packet").isNotNull();
        assertThat(m.position().latitude()).isCloseTo(48.8566, within(1e-6));
        assertThat(m.position().longitude()).isCloseTo(2.3522, within(1e-6));
        assertThat(m.takenAt()).isNotNull();
        assertThat(m.unreadBlocks()).containsExactly(new UnreadBlock("xmp", 0xE1, 2));
    }

    @Test
    void aSoundPhotoHasNoUnreadBlock() throws Exception {
        PhotoMetadata m = read(cameraPhoto());

        assertCameraFactsKept(m);
        assertThat(m.unreadBlocks()).isEmpty();
    }

    // A big-endian TIFF written by hand: header, IFD0 at 8, then what the test appends.

    private static byte[] exif(byte[] tiff) {
        return concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff);
    }

    private static byte[] xmp(String packet) {
        return concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1),
                packet.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The TIFF header and IFD0 with these entries (each value fits in its 4 bytes). */
    private static byte[] ifd(byte[]... entries) {
        return concat(ByteBuffer.allocate(8).put("MM".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 42)
                .putInt(8).array(), ifdAt(entries));
    }

    private static byte[] ifdAt(byte[]... entries) {
        ByteBuffer b = ByteBuffer.allocate(2 + 12 * entries.length + 4).putShort((short) entries.length);
        for (byte[] e : entries) {
            b.put(e);
        }
        return b.putInt(0).array();
    }

    private static byte[] entry(int tag, int type, int count, int value) {
        return ByteBuffer.allocate(12).putShort((short) tag).putShort((short) type).putInt(count).putInt(value).array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
