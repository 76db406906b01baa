package org.contrechamp.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;

import org.contrechamp.testing.Exiftool;
import org.contrechamp.testing.Fixtures;
import org.contrechamp.testing.TestJpegs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SharedPhotoEncoderTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"landscape", "portrait"})
    void everyOrientationOfTheSameRealPhotoComesOutUpright(String series) throws Exception {
        Path folder = Fixtures.require("photos/exif-samples/jpg/orientation");
        BufferedImage reference = decode(SharedPhotoEncoder.encode(folder.resolve(series + "_1.jpg"), 1, 200, List.of()));
        for (int o = 2; o <= 8; o++) {
            Path file = folder.resolve(series + "_" + o + ".jpg");
            int orientation = ImageMetadataReader.readMetadata(file.toFile())
                    .getFirstDirectoryOfType(ExifIFD0Directory.class).getInt(ExifIFD0Directory.TAG_ORIENTATION);
            assertThat(orientation).isEqualTo(o);
            BufferedImage upright = decode(SharedPhotoEncoder.encode(file, orientation, 200, List.of()));
            assertThat(upright.getWidth()).as(file.toString()).isEqualTo(reference.getWidth());
            assertThat(upright.getHeight()).as(file.toString()).isEqualTo(reference.getHeight());
            assertThat(meanDifference(reference, upright)).as(file.toString()).isLessThan(12);
        }
    }

    @Test
    void sharedCopiesOfRealCameraPhotosCarryNoMetadataAtAll() throws Exception {
        Path photos = Fixtures.require("photos/exif-samples/jpg");
        List<Path> files;
        try (Stream<Path> gps = Files.list(photos.resolve("gps"))) {
            files = Stream.concat(gps.filter(p -> p.toString().endsWith(".jpg")),
                    Stream.of(photos.resolve("mobile/HMD_Nokia_8.3_5G.jpg"), photos.resolve("hdr/iphone_hdr_NO.jpg"),
                            photos.resolve("xmp/BlueSquare.jpg"))).toList();
        }
        assertThat(files).hasSizeGreaterThan(8);
        for (Path original : files) {
            assertThat(Exiftool.available() ? Exiftool.metadata(original) : java.util.Map.of("x", "y"))
                    .as("the original has metadata").isNotEmpty();
            byte[] shared = SharedPhotoEncoder.encode(original, 1, 2048, List.of());
            JpegInspector.Frame frame = JpegInspector.inspect(shared, original.toString(), "x");
            assertThat(Math.max(frame.width(), frame.height())).isLessThanOrEqualTo(2048);
            Path out = temp.resolve(original.getFileName() + ".shared.jpg");
            Files.write(out, shared);
            if (Exiftool.available()) {
                assertThat(Exiftool.metadata(out)).as(original.toString()).isEmpty();
            }
            assertThat(new String(shared, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain("Exif").doesNotContain("http://ns.adobe.com").doesNotContain("JFIF");
        }
    }

    @Test
    void theLongEdgeIsCappedAndSmallPhotosKeepTheirSize() throws Exception {
        Path big = temp.resolve("big.jpg");
        Files.write(big, TestJpegs.jpeg(3000, 1000));
        BufferedImage shared = decode(SharedPhotoEncoder.encode(big, 1, 2048, List.of()));
        assertThat(shared.getWidth()).isEqualTo(2048);
        assertThat(shared.getHeight()).isEqualTo(683);
        Path small = temp.resolve("small.jpg");
        Files.write(small, TestJpegs.jpeg(640, 480));
        assertThat(decode(SharedPhotoEncoder.encode(small, 1, 2048, List.of())).getWidth()).isEqualTo(640);
        BufferedImage rotated = decode(SharedPhotoEncoder.encode(big, 8, 1024, List.of()));
        assertThat(rotated.getWidth()).isEqualTo(341);
        assertThat(rotated.getHeight()).isEqualTo(1024);
    }

    @Test
    void redactionBoxesAreBurnedInOpaqueOverTheWholeBox() throws Exception {
        Path file = temp.resolve("face.jpg");
        Files.write(file, TestJpegs.jpeg(1000, 800));
        // Over most of the red top-left quadrant, in the orientation the viewer shows.
        Redaction box = new Redaction(0.1, 0.1, 0.3, 0.3);
        BufferedImage shared = decode(SharedPhotoEncoder.encode(file, 1, 500, List.of(box)));
        // The box is x 50-200, y 40-160 at 500 x 400; JPEG may ring a pixel or two at its border.
        for (int y = 43; y < 157; y++) {
            for (int x = 53; x < 197; x++) {
                int rgb = shared.getRGB(x, y);
                int brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                assertThat(brightness).as("pixel %d,%d", x, y).isLessThan(24);
            }
        }
        int outside = shared.getRGB(20, 20);
        assertThat((outside >> 16) & 0xff).as("red outside the box").isGreaterThan(200);
    }

    @Test
    void formatsThatCannotBeDecodedAreReportedWithoutCrashing() throws IOException {
        Path heic = Fixtures.require("photos/exif-samples/heic/IMG_5195.HEIC");
        assertThatThrownBy(() -> SharedPhotoEncoder.encode(heic, 1, 2048, List.of()))
                .isInstanceOf(SharedPhotoEncoder.UnshareablePhotoException.class);
        Path garbage = temp.resolve("garbage.jpg");
        Files.write(garbage, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2});
        assertThatThrownBy(() -> SharedPhotoEncoder.encode(garbage, 1, 2048, List.of()))
                .isInstanceOf(SharedPhotoEncoder.UnshareablePhotoException.class);
    }

    private static BufferedImage decode(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    private static double meanDifference(BufferedImage a, BufferedImage b) {
        long total = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                total += Math.abs(((p >> 16) & 0xff) - ((q >> 16) & 0xff)) + Math.abs(((p >> 8) & 0xff) - ((q >> 8) & 0xff))
                        + Math.abs((p & 0xff) - (q & 0xff));
            }
        }
        return total / (3.0 * a.getWidth() * a.getHeight());
    }
}
