package org.contrechamp.core.photo.thumbnail;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Decodes a JPEG at 1/8 of its size from the DC coefficients alone. The DC coefficient of each 8x8
 * block is the block's mean colour, so the DC values ARE the photo at 1/8 scale, already averaged:
 * no inverse DCT, no upsampling, no 12-megapixel image in memory. Baseline and progressive JPEGs
 * (progressive ones only need their first, DC, scans), 1 or 3 components, any chroma subsampling,
 * restart intervals. The AC coefficients must still be Huffman-decoded to be skipped in baseline
 * files; that is most of the work left, as in {@code djpeg -scale 1/8}.
 *
 * <p>Anything else (arithmetic coding, 12-bit, lossless, CMYK, missing tables, corrupt data) returns
 * empty, and the caller falls back to ImageIO. Data that ends early leaves the rest grey.
 */
final class JpegDcDecoder {

    private final byte[] data;
    private int pos;
    private final int[][] quantDc = new int[4][];
    private final Huffman[] dcTables = new Huffman[4];
    private final Huffman[] acTables = new Huffman[4];
    private Component[] components;
    private int width;
    private int height;
    private int maxH = 1;
    private int maxV = 1;
    private int mcusX;
    private int mcusY;
    private boolean progressive;
    private int restartInterval;
    private int adobeTransform = -1;
    /** What the scans showed to be wrong with the picture's data, or null. */
    private PictureDamage damage;

    private static final class Component {
        int id;
        int h;
        int v;
        int quant;
        int blocksW;
        int blocksH;
        int[] dc;
        int pred;
        int dcTable;
        int acTable;
    }

    private JpegDcDecoder(byte[] data) {
        this.data = data;
    }

    static Optional<BufferedImage> decode(byte[] data) {
        try {
            return Optional.ofNullable(new JpegDcDecoder(data).run());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What is wrong with the picture's data, found by reading every block's codes as {@link #decode}
     * does (no pixels made): {@code null} when every block was read; empty when this decoder cannot
     * tell (a coding it does not read, or a structure it trips on: the caller asks another decoder).
     */
    static Optional<PictureDamage> damage(byte[] data) {
        JpegDcDecoder decoder = new JpegDcDecoder(data);
        try {
            if (!decoder.scanAll()) {
                return Optional.empty();
            }
        } catch (BitReader.CorruptCode e) {
            return Optional.of(PictureDamage.DAMAGED);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(decoder.damage == null ? PictureDamage.NONE : decoder.damage);
    }

    /** The {width, height} of the JPEG in {@code data[offset, offset+length)}, or {@code null}. */
    static int[] frameSize(byte[] data, int offset, int length) {
        int end = Math.min(data.length, offset + length);
        int p = offset + 2;
        if (end - offset < 4 || (data[offset] & 0xFF) != 0xFF || (data[offset + 1] & 0xFF) != 0xD8) {
            return null;
        }
        while (p + 4 <= end) {
            if ((data[p] & 0xFF) != 0xFF) {
                p++;
                continue;
            }
            int marker = data[p + 1] & 0xFF;
            if (marker == 0xFF) {
                p++;
                continue;
            }
            int len = u16(data, p + 2);
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return p + 9 <= end ? new int[] {u16(data, p + 7), u16(data, p + 5)} : null;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return null;
            }
            p += 2 + len;
        }
        return null;
    }

    private BufferedImage run() {
        return scanAll() ? image() : null;
    }

    /** Reads the segments and every scan's DC values; false for a file this decoder does not read. */
    private boolean scanAll() {
        if (u8(0) != 0xFF || u8(1) != 0xD8) {
            return false;
        }
        boolean ended = false;
        pos = 2;
        boolean anyScan = false;
        while (pos + 2 <= data.length) { // the end marker takes the file's last two bytes
            if (u8(pos) != 0xFF) {
                pos++;
                continue;
            }
            int marker = u8(pos + 1);
            if (marker == 0xFF || marker == 0x00 || (marker >= 0xD0 && marker <= 0xD7)) {
                pos++;
                continue;
            }
            if (marker == 0xD9) {
                ended = true;
                break;
            }
            if (pos + 4 > data.length) {
                break;
            }
            int length = u16(data, pos + 2);
            int segment = pos + 4;
            int next = pos + 2 + length;
            switch (marker) {
                case 0xDB -> readQuantization(segment, next);
                case 0xC4 -> readHuffman(segment, next);
                case 0xDD -> restartInterval = u16(data, segment);
                case 0xEE -> readAdobe(segment, next);
                case 0xC0, 0xC1, 0xC2 -> {
                    if (!readFrame(segment, marker == 0xC2)) {
                        return false;
                    }
                }
                case 0xDA -> {
                    if (components == null) {
                        return false;
                    }
                    next = scan(segment);
                    anyScan = true;
                }
                default -> {
                    if (marker >= 0xC3 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                        return false; // lossless, hierarchical or arithmetic coding
                    }
                }
            }
            pos = next;
        }
        if (anyScan && !ended && progressive && damage == null) {
            damage = PictureDamage.ENDS_EARLY; // the later scans, which sharpen the picture, are missing
        }
        return anyScan;
    }

    private void readQuantization(int p, int end) {
        while (p < end) {
            int pq = u8(p) >> 4;
            int tq = u8(p) & 15;
            int dc = pq == 0 ? u8(p + 1) : u16(data, p + 1);
            quantDc[tq & 3] = new int[] {dc};
            p += 1 + 64 * (pq == 0 ? 1 : 2);
        }
    }

    private void readHuffman(int p, int end) {
        while (p < end) {
            int tc = u8(p) >> 4;
            int th = u8(p) & 3;
            int[] counts = new int[17];
            int total = 0;
            for (int i = 1; i <= 16; i++) {
                counts[i] = u8(p + i);
                total += counts[i];
            }
            int[] symbols = new int[total];
            for (int i = 0; i < total; i++) {
                symbols[i] = u8(p + 17 + i);
            }
            (tc == 0 ? dcTables : acTables)[th] = new Huffman(counts, symbols);
            p += 17 + total;
        }
    }

    private void readAdobe(int p, int end) {
        if (end - p >= 12 && new String(data, p, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("Adobe")) {
            adobeTransform = u8(p + 11);
        }
    }

    private boolean readFrame(int p, boolean isProgressive) {
        if (u8(p) != 8) {
            return false;
        }
        height = u16(data, p + 1);
        width = u16(data, p + 3);
        int count = u8(p + 5);
        if (width == 0 || height == 0 || (count != 1 && count != 3)
                || ThumbnailMaker.tooLarge(width, height)) {
            return false;
        }
        progressive = isProgressive;
        components = new Component[count];
        for (int i = 0; i < count; i++) {
            Component c = new Component();
            c.id = u8(p + 6 + i * 3);
            c.h = u8(p + 7 + i * 3) >> 4;
            c.v = u8(p + 7 + i * 3) & 15;
            c.quant = u8(p + 8 + i * 3) & 3;
            if (c.h < 1 || c.h > 4 || c.v < 1 || c.v > 4) {
                return false;
            }
            components[i] = c;
            maxH = Math.max(maxH, c.h);
            maxV = Math.max(maxV, c.v);
        }
        mcusX = (width + 8 * maxH - 1) / (8 * maxH);
        mcusY = (height + 8 * maxV - 1) / (8 * maxV);
        for (Component c : components) {
            c.blocksW = mcusX * c.h;
            c.blocksH = mcusY * c.v;
            c.dc = new int[c.blocksW * c.blocksH];
        }
        return true;
    }

    /** Decodes one scan's DC values; returns the position after its entropy-coded data. */
    private int scan(int p) {
        int count = u8(p);
        Component[] in = new Component[count];
        for (int i = 0; i < count; i++) {
            int id = u8(p + 1 + i * 2);
            int tables = u8(p + 2 + i * 2);
            for (Component c : components) {
                if (c.id == id) {
                    in[i] = c;
                }
            }
            if (in[i] == null) {
                throw new IllegalStateException("scan names an unknown component");
            }
            in[i].dcTable = tables >> 4;
            in[i].acTable = tables & 15;
        }
        int q = p + 1 + count * 2;
        int ss = u8(q);
        int se = u8(q + 1);
        int ah = u8(q + 2) >> 4;
        int al = u8(q + 2) & 15;
        BitReader bits = new BitReader(data, q + 3);
        if (progressive && ss != 0) {
            return bits.nextMarker(); // AC scans: only the DC values are wanted
        }
        for (Component c : in) {
            c.pred = 0;
        }
        boolean single = count == 1;
        int unitsX = single ? ceilDiv(ceilDiv(width * in[0].h, maxH), 8) : mcusX;
        int unitsY = single ? ceilDiv(ceilDiv(height * in[0].v, maxV), 8) : mcusY;
        int units = unitsX * unitsY;
        for (int unit = 0; unit < units; unit++) {
            if (restartInterval > 0 && unit > 0 && unit % restartInterval == 0) {
                bits.restart();
                for (Component c : in) {
                    c.pred = 0;
                }
            }
            int ux = unit % unitsX;
            int uy = unit / unitsX;
            for (Component c : in) {
                int bw = single ? 1 : c.h;
                int bh = single ? 1 : c.v;
                for (int by = 0; by < bh; by++) {
                    for (int bx = 0; bx < bw; bx++) {
                        int index = (uy * bh + by) * c.blocksW + ux * bw + bx;
                        block(bits, c, index, ss, se, ah, al);
                    }
                }
            }
        }
        int end = bits.nextMarker();
        if (bits.ranShort() && damage == null) {
            damage = end >= data.length ? PictureDamage.ENDS_EARLY : PictureDamage.DAMAGED;
        }
        return end;
    }

    private void block(BitReader bits, Component c, int index, int ss, int se, int ah, int al) {
        if (progressive && ah != 0) {
            c.dc[index] |= bits.bits(1) << al; // DC refinement: one more bit
            return;
        }
        Huffman dcTable = dcTables[c.dcTable & 3];
        int s = bits.decode(dcTable);
        int diff = s == 0 ? 0 : bits.extend(bits.bits(s), s);
        c.pred += diff;
        c.dc[index] = c.pred << al;
        if (!progressive) {
            Huffman ac = acTables[c.acTable & 3];
            for (int k = Math.max(ss, 1); k <= se; k++) {
                int rs = bits.decode(ac);
                int r = rs >> 4;
                int size = rs & 15;
                if (size == 0) {
                    if (r != 15) {
                        break; // end of block
                    }
                    k += 15;
                } else {
                    k += r;
                    bits.skip(size);
                }
            }
        }
    }

    /** The DC values as pixels: mean of each 8x8 block, colour-converted. */
    private BufferedImage image() {
        int outW = ceilDiv(width, 8);
        int outH = ceilDiv(height, 8);
        int[] rgb = new int[outW * outH];
        boolean ycc = components.length == 3 && adobeTransform != 0
                && !(components[0].id == 'R' && components[1].id == 'G' && components[2].id == 'B');
        int[][] planes = new int[components.length][];
        for (int i = 0; i < components.length; i++) {
            planes[i] = plane(components[i], outW, outH);
        }
        for (int i = 0; i < rgb.length; i++) {
            int r;
            int g;
            int b;
            if (components.length == 1) {
                r = g = b = planes[0][i];
            } else if (ycc) {
                int y = planes[0][i];
                int cb = planes[1][i] - 128;
                int cr = planes[2][i] - 128;
                r = clamp(y + (int) Math.round(1.402 * cr));
                g = clamp(y - (int) Math.round(0.344136 * cb + 0.714136 * cr));
                b = clamp(y + (int) Math.round(1.772 * cb));
            } else {
                r = planes[0][i];
                g = planes[1][i];
                b = planes[2][i];
            }
            rgb[i] = (r << 16) | (g << 8) | b;
        }
        BufferedImage image = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, outW, outH, rgb, 0, outW);
        return image;
    }

    /** One component at output resolution: each block's mean, repeated where it is subsampled. */
    private int[] plane(Component c, int outW, int outH) {
        int[] q = quantDc[c.quant];
        int quant = q == null ? 1 : q[0];
        int sx = maxH / c.h;
        int sy = maxV / c.v;
        int[] out = new int[outW * outH];
        for (int y = 0; y < outH; y++) {
            int row = Math.min(y / sy, c.blocksH - 1) * c.blocksW;
            for (int x = 0; x < outW; x++) {
                int dc = c.dc[row + Math.min(x / sx, c.blocksW - 1)];
                out[y * outW + x] = clamp((dc * quant + 4) / 8 + 128);
            }
        }
        return out;
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private int u8(int at) {
        return data[at] & 0xFF;
    }

    private static int u16(byte[] data, int at) {
        return ((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF);
    }
}
