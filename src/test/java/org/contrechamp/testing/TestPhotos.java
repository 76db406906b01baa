package org.contrechamp.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * JPEG photos with the EXIF tags a test wants (GPS position, direction, time, orientation), made
 * in the test: a picture drawn with Java2D, encoded by ImageIO, and an EXIF segment written by hand
 * after the start marker, as a camera would.
 */
public final class TestPhotos {

    private int width = 64;
    private int height = 48;
    private Color colour = new Color(200, 60, 30);
    private Integer orientation;
    private double[] gps;
    private Double altitude;
    private Double direction;
    private String directionRef;
    private String dateTimeOriginal;
    private String offsetTimeOriginal;
    private String gpsDate;
    private double[] gpsTime;
    private byte[] picture;
    private byte[] thumbnail;

    public static TestPhotos jpeg() {
        return new TestPhotos();
    }

    public TestPhotos size(int w, int h) {
        width = w;
        height = h;
        return this;
    }

    /** The picture's colour: photos of different colours have different bytes. */
    public TestPhotos colour(int rgb) {
        colour = new Color(rgb);
        return this;
    }

    /** Uses an existing JPEG's pixels (its own EXIF, if any, stays after ours and is shadowed). */
    public TestPhotos picture(byte[] jpeg) {
        picture = jpeg;
        return this;
    }

    /** An EXIF (IFD1) thumbnail: a small JPEG stored in the EXIF segment, as cameras do. */
    public TestPhotos thumbnail(byte[] jpeg) {
        thumbnail = jpeg;
        return this;
    }

    public TestPhotos orientation(int value) {
        orientation = value;
        return this;
    }

    /** Signed degrees; written as refs N/S, E/W with positive degrees, as cameras do. */
    public TestPhotos gps(double lat, double lon) {
        gps = new double[] {lat, lon};
        return this;
    }

    public TestPhotos altitude(double metres) {
        altitude = metres;
        return this;
    }

    public TestPhotos direction(double degrees, String ref) {
        direction = degrees;
        directionRef = ref;
        return this;
    }

    /** EXIF text such as {@code 2024:05:01 10:00:00}, and an offset such as {@code +02:00} or null. */
    public TestPhotos takenAt(String exifDateTime, String offset) {
        dateTimeOriginal = exifDateTime;
        offsetTimeOriginal = offset;
        return this;
    }

    public TestPhotos gpsTime(String date, double h, double m, double s) {
        gpsDate = date;
        gpsTime = new double[] {h, m, s};
        return this;
    }

    public byte[] bytes() {
        byte[] plain = picture != null ? picture : picture();
        byte[] tiff = exif();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        if (tiff != null) {
            int length = 2 + 6 + tiff.length;
            out.write(0xFF);
            out.write(0xE1);
            out.write(length >> 8);
            out.write(length & 0xFF);
            out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(tiff);
        }
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private byte[] picture() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, Math.max(1, width / 4), Math.max(1, height / 4)); // a mark in the top-left corner
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] exif() {
        List<Entry> ifd0 = new ArrayList<>();
        List<Entry> exif = new ArrayList<>();
        List<Entry> gpsIfd = new ArrayList<>();
        if (orientation != null) {
            ifd0.add(Entry.shorts(0x0112, orientation));
        }
        if (dateTimeOriginal != null) {
            exif.add(Entry.ascii(0x9003, dateTimeOriginal));
            if (offsetTimeOriginal != null) {
                exif.add(Entry.ascii(0x9011, offsetTimeOriginal));
            }
        }
        if (gps != null) {
            gpsIfd.add(Entry.ascii(0x0001, gps[0] < 0 ? "S" : "N"));
            gpsIfd.add(Entry.rationals(0x0002, dms(Math.abs(gps[0]))));
            gpsIfd.add(Entry.ascii(0x0003, gps[1] < 0 ? "W" : "E"));
            gpsIfd.add(Entry.rationals(0x0004, dms(Math.abs(gps[1]))));
        }
        if (altitude != null) {
            gpsIfd.add(Entry.bytes(0x0005, altitude < 0 ? 1 : 0));
            gpsIfd.add(Entry.rationals(0x0006, Math.abs(altitude)));
        }
        if (gpsTime != null) {
            gpsIfd.add(Entry.rationals(0x0007, gpsTime));
        }
        if (direction != null) {
            gpsIfd.add(Entry.ascii(0x0010, directionRef));
            gpsIfd.add(Entry.rationals(0x0011, direction));
        }
        if (gpsDate != null) {
            gpsIfd.add(Entry.ascii(0x001D, gpsDate));
        }
        List<Entry> ifd1 = new ArrayList<>();
        if (thumbnail != null) {
            ifd1.add(Entry.longs(0x0201, 0)); // offset, set below
            ifd1.add(Entry.longs(0x0202, thumbnail.length));
        }
        if (ifd0.isEmpty() && exif.isEmpty() && gpsIfd.isEmpty() && ifd1.isEmpty()) {
            return null;
        }
        if (ifd0.isEmpty() && !ifd1.isEmpty()) {
            ifd0.add(Entry.shorts(0x0112, 1)); // a TIFF structure starts with a non-empty IFD0
        }
        // Layout: header, IFD0, Exif IFD, GPS IFD, then the values that do not fit in 4 bytes.
        if (!exif.isEmpty()) {
            ifd0.add(Entry.longs(0x8769, 0));
        }
        if (!gpsIfd.isEmpty()) {
            ifd0.add(Entry.longs(0x8825, 0));
        }
        ifd0.sort(Comparator.comparingInt(e -> e.tag));
        exif.sort(Comparator.comparingInt(e -> e.tag));
        gpsIfd.sort(Comparator.comparingInt(e -> e.tag));
        int ifd0At = 8;
        int exifAt = ifd0At + ifdSize(ifd0);
        int gpsAt = exifAt + (exif.isEmpty() ? 0 : ifdSize(exif));
        int ifd1At = gpsAt + (gpsIfd.isEmpty() ? 0 : ifdSize(gpsIfd));
        int dataAt = ifd1At + (ifd1.isEmpty() ? 0 : ifdSize(ifd1));
        for (Entry e : ifd0) {
            if (e.tag == 0x8769) {
                e.value = ByteBuffer.allocate(4).putInt(exifAt).array();
            } else if (e.tag == 0x8825) {
                e.value = ByteBuffer.allocate(4).putInt(gpsAt).array();
            }
        }
        ByteBuffer out = ByteBuffer.allocate(64 * 1024);
        out.put("MM".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 42).putInt(ifd0At);
        int[] data = {dataAt};
        List<byte[]> extra = new ArrayList<>();
        int thumbnailAt = -1;
        for (List<Entry> ifd : List.of(ifd0, exif, gpsIfd, ifd1)) {
            if (ifd.isEmpty()) {
                continue;
            }
            if (ifd == ifd1) {
                thumbnailAt = data[0];
                data[0] += thumbnail.length;
                ifd1.get(0).value = ByteBuffer.allocate(4).putInt(thumbnailAt).array();
            }
            out.putShort((short) ifd.size());
            for (Entry e : ifd) {
                out.putShort((short) e.tag).putShort((short) e.type).putInt(e.count);
                if (e.value.length <= 4) {
                    out.put(java.util.Arrays.copyOf(e.value, 4));
                } else {
                    out.putInt(data[0]);
                    data[0] += e.value.length;
                    extra.add(e.value);
                }
            }
            out.putInt(ifd == ifd0 && !ifd1.isEmpty() ? ifd1At : 0); // IFD0 links to IFD1
        }
        for (byte[] b : extra) {
            out.put(b);
        }
        if (thumbnail != null) {
            out.put(thumbnail);
        }
        return java.util.Arrays.copyOf(out.array(), out.position());
    }

    private static int ifdSize(List<Entry> ifd) {
        return 2 + ifd.size() * 12 + 4;
    }

    private static double[] dms(double degrees) {
        double d = Math.floor(degrees);
        double m = Math.floor((degrees - d) * 60);
        double s = ((degrees - d) * 60 - m) * 60;
        return new double[] {d, m, s};
    }

    /** One IFD entry with its value bytes (big-endian). */
    private static final class Entry {
        final int tag;
        final int type;
        final int count;
        byte[] value;

        Entry(int tag, int type, int count, byte[] value) {
            this.tag = tag;
            this.type = type;
            this.count = count;
            this.value = value;
        }

        static Entry ascii(int tag, String text) {
            byte[] b = (text + "\0").getBytes(StandardCharsets.ISO_8859_1);
            return new Entry(tag, 2, b.length, b);
        }

        static Entry shorts(int tag, int value) {
            return new Entry(tag, 3, 1, ByteBuffer.allocate(2).putShort((short) value).array());
        }

        static Entry longs(int tag, int value) {
            return new Entry(tag, 4, 1, ByteBuffer.allocate(4).putInt(value).array());
        }

        static Entry bytes(int tag, int value) {
            return new Entry(tag, 1, 1, new byte[] {(byte) value});
        }

        /** Rationals with denominator 10^7: exact to 1e-7 of a unit, like careful cameras. */
        static Entry rationals(int tag, double... values) {
            ByteBuffer b = ByteBuffer.allocate(8 * values.length);
            for (double v : values) {
                long denominator = 10_000_000L;
                b.putInt((int) Math.round(v * denominator / 100)).putInt((int) (denominator / 100));
            }
            return new Entry(tag, 5, values.length, b.array());
        }
    }
}
