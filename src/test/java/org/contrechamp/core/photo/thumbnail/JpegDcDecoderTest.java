package org.contrechamp.core.photo.thumbnail;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.contrechamp.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The 1/8-scale decoder gives the same picture as a full decode averaged over 8x8 blocks. */
class JpegDcDecoderTest {

    @Test
    void baselineColourPhotoMatchesTheAveragedFullDecode() throws Exception {
        byte[] jpeg = encode(picture(BufferedImage.TYPE_INT_RGB), false);
        assertMatchesFullDecode(jpeg, 6);
    }

    @Test
    void progressivePhotoIsDecodedFromItsDcScansAlone() throws Exception {
        byte[] jpeg = encode(picture(BufferedImage.TYPE_INT_RGB), true);
        assertMatchesFullDecode(jpeg, 6);
    }

    @Test
    void greyscalePhotoIsDecoded() throws Exception {
        byte[] jpeg = encode(picture(BufferedImage.TYPE_BYTE_GRAY), false);
        assertMatchesFullDecode(jpeg, 6);
    }

    @Test
    void realCameraJpegsOfTheFixturesDecodeLikeImageIo() throws Exception {
        Path folder = Fixtures.require("photos");
        List<Path> large = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(p -> p.toString().matches(".*\\.(jpg|jpeg)")).forEach(p -> {
                int[] size = sizeOf(p);
                if (size != null && Math.max(size[0], size[1]) >= 2000 && !p.toString().contains("corrupted")) {
                    large.add(p);
                }
            });
        }
        assertThat(large).hasSizeGreaterThanOrEqualTo(5);
        for (Path p : large) {
            assertMatchesFullDecode(Files.readAllBytes(p), 12);
        }
    }

    @Test
    void truncatedDataDecodesWhatIsThereAndGreyForTheRest() throws Exception {
        byte[] jpeg = encode(picture(BufferedImage.TYPE_INT_RGB), false);
        byte[] cut = java.util.Arrays.copyOf(jpeg, jpeg.length / 2);
        BufferedImage image = JpegDcDecoder.decode(cut).orElseThrow();
        assertThat(image.getWidth()).isEqualTo(2560 / 8);
    }

    @Test
    void somethingThatIsNotAJpegIsRefusedQuietly() {
        assertThat(JpegDcDecoder.decode("not a jpeg at all".getBytes())).isEmpty();
        assertThat(JpegDcDecoder.decode(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})).isEmpty();
    }

    private static int[] sizeOf(Path p) {
        try {
            byte[] b = Files.readAllBytes(p);
            return JpegDcDecoder.frameSize(b, 0, b.length);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static void assertMatchesFullDecode(byte[] jpeg, int tolerance) throws Exception {
        BufferedImage full = ImageIO.read(new ByteArrayInputStream(jpeg));
        BufferedImage dc = JpegDcDecoder.decode(jpeg).orElseThrow();
        assertThat(dc.getWidth()).isEqualTo((full.getWidth() + 7) / 8);
        assertThat(dc.getHeight()).isEqualTo((full.getHeight() + 7) / 8);
        long sum = 0;
        int n = 0;
        for (int by = 0; by < full.getHeight() / 8; by += 3) {
            for (int bx = 0; bx < full.getWidth() / 8; bx += 3) {
                int[] mean = new int[3];
                for (int y = 0; y < 8; y++) {
                    for (int x = 0; x < 8; x++) {
                        int rgb = rgbOf(full, bx * 8 + x, by * 8 + y);
                        mean[0] += (rgb >> 16) & 255;
                        mean[1] += (rgb >> 8) & 255;
                        mean[2] += rgb & 255;
                    }
                }
                int got = dc.getRGB(bx, by);
                sum += Math.abs(mean[0] / 64 - ((got >> 16) & 255)) + Math.abs(mean[1] / 64 - ((got >> 8) & 255))
                        + Math.abs(mean[2] / 64 - (got & 255));
                n += 3;
            }
        }
        assertThat((double) sum / n).as("mean difference per channel").isLessThan(tolerance);
    }

    /**
     * The stored sample values: Java converts a grey image's values through a linear colour space
     * in getRGB, which is not what the file holds.
     */
    private static int rgbOf(BufferedImage image, int x, int y) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            int v = image.getRaster().getSample(x, y, 0);
            return (v << 16) | (v << 8) | v;
        }
        return image.getRGB(x, y);
    }

    static BufferedImage picture(int type) {
        BufferedImage image = new BufferedImage(2560, 1920, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(20, 80, 200), 2560, 1920, new Color(240, 200, 30)));
        g.fillRect(0, 0, 2560, 1920);
        g.setColor(Color.RED);
        g.fillOval(600, 400, 900, 700);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, boolean progressive) throws Exception {
        return ThumbnailMaker.encodeJpeg(image, 0.75f, progressive);
    }
}
