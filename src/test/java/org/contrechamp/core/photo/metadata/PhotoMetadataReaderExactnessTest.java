package org.contrechamp.core.photo.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.photo.PhotoMetadata;
import org.contrechamp.core.photo.PhotoReadException;
import org.contrechamp.core.photo.PhotoTime;
import org.junit.jupiter.api.Test;

/** The reader agrees with exiftool on every fixture photo (skipped when the fixtures are absent). */
class PhotoMetadataReaderExactnessTest {

    private final PhotoMetadataReader reader = new PhotoMetadataReader();

    @Test
    void everyFixturePhotoReadsAsExiftoolReadsIt() throws Exception {
        List<String> disagreements = new ArrayList<>();
        for (ExiftoolReference.Entry e : ExiftoolReference.entries()) {
            PhotoMetadata m;
            try {
                m = reader.read(e.file());
            } catch (PhotoReadException failure) {
                disagreements.add(e.relative() + ": not read (" + failure.reason() + ")");
                continue;
            }
            compare(e, m, disagreements);
        }
        assertThat(disagreements).isEmpty();
    }

    static void compare(ExiftoolReference.Entry e, PhotoMetadata m, List<String> out) {
        if (e.hasPosition()) {
            if (m.position() == null) {
                out.add(e.relative() + ": position missing, exiftool has " + e.lat() + "," + e.lon());
            } else if (Math.abs(m.position().latitude() - e.lat()) > 1e-6 || Math.abs(m.position().longitude() - e.lon()) > 1e-6) {
                out.add(e.relative() + ": position " + m.position() + " vs " + e.lat() + "," + e.lon());
            }
        } else if (m.position() != null) {
            out.add(e.relative() + ": position " + m.position() + " where exiftool has none");
        }
        if (e.direction() == null ? m.direction() != null
                : m.direction() == null || Math.abs(m.direction() - e.direction()) > 0.01) {
            out.add(e.relative() + ": direction " + m.direction() + " vs " + e.direction());
        }
        if (e.orientation() == null ? m.orientation() != null : !e.orientation().equals(m.orientation())) {
            out.add(e.relative() + ": orientation " + m.orientation() + " vs " + e.orientation());
        }
        String expected = e.isoSecond();
        PhotoTime t = m.takenAt();
        if (expected != null) {
            if (t == null || !t.isoText().startsWith(expected)) {
                out.add(e.relative() + ": takenAt " + (t == null ? null : t.isoText()) + " vs " + e.dateTimeOriginal());
            }
        } else if (t != null && t.source() != PhotoTime.Source.GPS) {
            out.add(e.relative() + ": takenAt " + t.isoText() + " where exiftool has no DateTimeOriginal");
        }
    }
}
