package org.contrechamp.core.photo.metadata;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Whether the XMP packet can tell us anything EXIF did not: XMP is only a fallback (time,
 * position, direction, orientation), and parsing it builds a whole XML DOM, the largest single cost
 * of reading a JPEG header. It is parsed only when EXIF lacks something and the packet at least
 * names the property that would fill the gap.
 */
final class XmpNeed {

    private static final byte[] XMP_PREAMBLE = "http://ns.adobe.com/xap/1.0/".getBytes(StandardCharsets.ISO_8859_1);

    private XmpNeed() {
    }

    /** @param exif what the EXIF segments (and IPTC) gave */
    static boolean wanted(List<byte[]> app1Segments, MetadataInterpreter exif) {
        boolean needTime = exif.exifTime().isEmpty();
        boolean needPosition = !exif.hasGpsCoordinates();
        boolean needOrientation = exif.orientation() == null;
        if (!needTime && !needPosition && !needOrientation) {
            return false;
        }
        for (byte[] segment : app1Segments) {
            if (startsWith(segment, XMP_PREAMBLE) || startsWith(segment, "http://ns.adobe.com/xmp/extension/".getBytes(
                    StandardCharsets.ISO_8859_1))) {
                String text = new String(segment, StandardCharsets.ISO_8859_1);
                if ((needTime && text.contains("DateTimeOriginal"))
                        || (needPosition && (text.contains("GPSLatitude") || text.contains("GPSImgDirection")))
                        || (needOrientation && text.contains("Orientation"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code data} begins with {@code prefix}. */
    static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && java.util.Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
