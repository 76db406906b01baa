package org.contrechamp.core.photo.thumbnail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.contrechamp.core.photo.PhotoFormat;
import org.contrechamp.testing.Fixtures;
import org.contrechamp.testing.TestPhotos;
import org.junit.jupiter.api.Test;

class PictureCheckTest {

    @Test
    void aWholeJpegIsWholeAndTheSameCutShortEndsEarly() throws Exception {
        byte[] whole = TestPhotos.jpeg().size(1600, 1200).gps(43.7, 7.4).bytes();
        assertThat(PictureCheck.of(whole, PhotoFormat.JPEG)).isEqualTo(PictureDamage.NONE);
        assertThat(PictureCheck.of(Arrays.copyOf(whole, whole.length - 600), PhotoFormat.JPEG))
                .isEqualTo(PictureDamage.ENDS_EARLY);
    }

    @Test
    void aRealPhotoCutInHalfEndsEarly() throws Exception {
        byte[] real = Files.readAllBytes(Fixtures.require("photos/exif-samples/jpg/gps/DSCN0010.jpg"));
        assertThat(PictureCheck.of(real, PhotoFormat.JPEG)).isEqualTo(PictureDamage.NONE);
        assertThat(PictureCheck.of(Arrays.copyOf(real, real.length / 2), PhotoFormat.JPEG))
                .isEqualTo(PictureDamage.ENDS_EARLY);
    }

    @Test
    void theCorruptedFixtureIsDamaged() throws Exception {
        byte[] corrupted = Files.readAllBytes(Fixtures.require("photos/exif-samples/jpg/corrupted.jpg"));
        assertThat(PictureCheck.of(corrupted, PhotoFormat.JPEG)).isEqualTo(PictureDamage.DAMAGED);
    }

    /** No false alarm: every other fixture JPEG, progressive ones included, is whole. */
    @Test
    void everyOtherFixtureJpegIsWhole() throws Exception {
        Path root = Fixtures.require("photos");
        List<Path> jpegs;
        try (Stream<Path> files = Files.walk(root)) {
            jpegs = files.filter(p -> p.getFileName().toString().matches("(?i).*\\.jpe?g"))
                    .filter(p -> !p.getFileName().toString().equals("corrupted.jpg")).toList();
        }
        assertThat(jpegs).hasSizeGreaterThan(50);
        for (Path p : jpegs) {
            assertThat(PictureCheck.of(Files.readAllBytes(p), PhotoFormat.JPEG)).as(p.toString())
                    .isEqualTo(PictureDamage.NONE);
        }
    }
}
