package org.contrechamp.core.photo.thumbnail;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.contrechamp.core.photo.PhotoMetadata;
import org.contrechamp.core.photo.metadata.PhotoMetadataReader;
import org.contrechamp.testing.Fixtures;
import org.contrechamp.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThumbnailMakerTest {

    @TempDir
    Path dir;

    private final ThumbnailMaker maker = new ThumbnailMaker();

    private Thumbnail thumbnailOf(byte[] photo) throws Exception {
        Path file = Files.write(dir.resolve("p.jpg"), photo);
        PhotoMetadata m = new PhotoMetadataReader().read(file);
        return maker.make(photo, m);
    }

    private static byte[] solid(int w, int h, Color colour) throws Exception {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return ThumbnailMaker.encodeJpeg(image, 0.8f, false);
    }

    private static Color centre(Thumbnail t) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(t.jpeg()));
        return new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2));
    }

    @Test
    void aLargeEnoughEmbeddedPreviewWithThePhotosProportionsIsUsed() throws Exception {
        byte[] photo = TestPhotos.jpeg().picture(solid(4000, 3000, Color.RED))
                .thumbnail(solid(400, 300, Color.GREEN)).orientation(1).bytes();
        Thumbnail t = thumbnailOf(photo);
        assertThat(t.method()).isEqualTo("embedded");
        assertThat(centre(t).getGreen()).isGreaterThan(200);
        assertThat(t.width()).isEqualTo(320);
    }

    @Test
    void aSmallOrMisshapenEmbeddedPreviewIsIgnoredForTheDcPath() throws Exception {
        byte[] small = TestPhotos.jpeg().picture(solid(4000, 3000, Color.RED)).thumbnail(solid(160, 120, Color.GREEN))
                .orientation(1).bytes();
        assertThat(thumbnailOf(small).method()).isEqualTo("dc");
        assertThat(centre(thumbnailOf(small)).getRed()).isGreaterThan(200);
        byte[] banded = TestPhotos.jpeg().picture(solid(4000, 2250, Color.RED)).thumbnail(solid(400, 300, Color.GREEN))
                .orientation(1).bytes();
        assertThat(thumbnailOf(banded).method()).isEqualTo("dc");
    }

    @Test
    void smallPhotosAreReadByImageIo() throws Exception {
        Thumbnail t = thumbnailOf(TestPhotos.jpeg().size(800, 600).bytes());
        assertThat(t.method()).isEqualTo("subsampled");
        assertThat(t.width()).isEqualTo(320);
        assertThat(t.height()).isEqualTo(240);
    }

    @Test
    void heicAndAvifHaveNoPreviewButTheReasonSaysWhy() throws Exception {
        Path heic = Fixtures.require("photos/exifr-fixtures/heic-iphone7.heic");
        PhotoMetadata m = new PhotoMetadataReader().read(heic);
        Thumbnail t = maker.make(Files.readAllBytes(heic), m);
        assertThat(t.exists()).isFalse();
        assertThat(t.noPreviewReason()).isEqualTo("not-decodable");
        assertThat(m.position()).isNotNull();
        assertThat(m.direction()).isNotNull();
    }

    @Test
    void webpPhotosHaveAPreview() throws Exception {
        Path webp = Fixtures.require("photos/exiftool-t-images/RIFF.webp");
        PhotoMetadata m = new PhotoMetadataReader().read(webp);
        Thumbnail t = maker.make(Files.readAllBytes(webp), m);
        assertThat(t.exists()).as(String.valueOf(t.noPreviewReason())).isTrue();
        assertThat(t.width()).isEqualTo(1);
    }

    @Test
    void garbageAfterAJpegHeaderGivesNoPreviewRatherThanAnError() throws Exception {
        byte[] photo = TestPhotos.jpeg().size(800, 600).bytes();
        for (int i = photo.length / 2; i < photo.length - 2; i++) {
            photo[i] = (byte) (i * 31);
        }
        Thumbnail t = thumbnailOf(photo);
        assertThat(t.exists() || "damaged".equals(t.noPreviewReason())).isTrue();
    }

    @Test
    void orientationTurnsAndMirrorsAsExifSays() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFFFFFF); // top-left marked
        int[][] expected = {{}, {0, 0}, {2, 0}, {2, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 2}, {0, 2}};
        for (int o = 1; o <= 8; o++) {
            BufferedImage turned = Orientation.apply(image, o);
            assertThat(turned.getWidth()).as("width, orientation %d", o).isEqualTo(o >= 5 ? 2 : 3);
            assertThat(turned.getRGB(expected[o][0], expected[o][1]) & 0xFFFFFF).as("mark, orientation %d", o)
                    .isEqualTo(0xFFFFFF);
        }
    }
}
