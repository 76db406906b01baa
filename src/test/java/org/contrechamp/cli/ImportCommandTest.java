package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.photo.StoredPhoto;
import org.contrechamp.testing.Fixtures;
import org.contrechamp.testing.TestJpegs;
import org.contrechamp.testing.TestPhotos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code contrechamp import}: the report, and bad input that never stops the other files. */
class ImportCommandTest {

    @TempDir
    Path temp;
    Path walk;
    Path data;

    @BeforeEach
    void folders() throws Exception {
        walk = Files.createDirectories(temp.resolve("walk"));
        data = temp.resolve("data");
    }

    private CliRunner.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(LocalWorkspace::open, all);
    }

    private static Map<String, JsonNode> byName(String json) throws Exception {
        Map<String, JsonNode> files = new HashMap<>();
        for (JsonNode f : new ObjectMapper().readTree(json).get("files")) {
            files.put(Path.of(f.get("path").asText()).getFileName().toString(), f);
        }
        return files;
    }

    @Test
    void importingAPhotoWhoseOriginalWentMissingRestoresItAndSaysSo() throws Exception {
        byte[] bytes = TestPhotos.jpeg().gps(48.8566, 2.3522).takenAt("2024:05:01 10:00:00", "+02:00").bytes();
        Files.write(walk.resolve("a.jpg"), bytes);
        assertThat(run("import", walk.toString()).exitCode()).isZero();
        String sha = org.contrechamp.core.photo.PhotoFileStore.sha256Hex(bytes);
        Path original = new org.contrechamp.core.photo.PhotoFileStore(data).original(sha);
        Files.delete(original);

        CliRunner.Result again = run("import", walk.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out().lines().findFirst().orElseThrow()).startsWith("restored").contains("a.jpg")
                .doesNotContain("(already in the library)");
        assertThat(again.out()).contains("0 duplicates").contains("1 original restored");
        assertThat(original).hasBinaryContent(bytes);
        CliRunner.Result third = run("import", walk.toString());
        assertThat(third.out().lines().findFirst().orElseThrow()).startsWith("duplicate");
        assertThat(third.out()).doesNotContain("restored");
    }

    @Test
    void brokenFilesGetOneReasonEachAndTheGoodPhotoIsStillImported() throws Exception {
        byte[] good = TestPhotos.jpeg().gps(43.4674483, 11.8851267).direction(42.5, "M")
                .takenAt("2008:10:22 16:28:39", "+02:00").bytes();
        Files.write(walk.resolve("good.jpg"), good);
        Files.write(walk.resolve("empty.jpg"), new byte[0]);
        Files.writeString(walk.resolve("notes.jpg"), "this is a text file named .jpg\n");
        Files.write(walk.resolve("cut-header.jpg"), Arrays.copyOf(good, 40));
        Files.write(walk.resolve("cut-pixels.jpg"), Arrays.copyOf(good, good.length - 10));
        Files.createSymbolicLink(walk.resolve("loop"), walk);

        CliRunner.Result result = run("import", "--json", walk.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Map<String, JsonNode> files = byName(result.out());
        assertThat(files.get("good.jpg").get("status").asText()).isEqualTo("imported");
        assertThat(files.get("good.jpg").get("lat").asDouble()).isEqualTo(43.4674483, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(files.get("good.jpg").get("direction").asDouble()).isEqualTo(42.5);
        assertThat(files.get("good.jpg").get("directionRef").asText()).isEqualTo("M");
        assertThat(files.get("good.jpg").get("takenAt").asText()).isEqualTo("2008-10-22T16:28:39+02:00");
        assertThat(files.get("good.jpg").get("sightingId").asText()).hasSize(36);
        assertThat(files.get("empty.jpg").get("status").asText()).isEqualTo("failed");
        assertThat(files.get("empty.jpg").get("reason").asText()).contains("empty");
        assertThat(files.get("notes.jpg").get("status").asText()).isEqualTo("unsupported");
        assertThat(files.get("cut-header.jpg").get("status").asText()).isEqualTo("failed");
        assertThat(files.get("cut-header.jpg").get("reason").asText()).contains("cut short");
        // Cut inside the pixels: refused, saying so (the whole file, copied again, imports normally).
        assertThat(files.get("cut-pixels.jpg").get("status").asText()).isEqualTo("failed");
        assertThat(files.get("cut-pixels.jpg").get("reason").asText()).contains("ends before its picture");
        assertThat(files.get("loop").get("status").asText()).isEqualTo("failed");
        assertThat(files.get("loop").get("reason").asText()).contains("loop");
        for (JsonNode f : files.values()) {
            assertThat(f.get("reason").isNull() || !f.get("reason").asText().contains("\n")).isTrue();
        }
    }

    @Test
    void anUnreadableFileIsReportedAndSkipped() throws Exception {
        Path locked = Files.write(walk.resolve("locked.jpg"), TestPhotos.jpeg().gps(1, 1).bytes());
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as root: permissions do not stop reads here");

        CliRunner.Result result = run("import", "--json", walk.toString());

        JsonNode f = byName(result.out()).get("locked.jpg");
        assertThat(f.get("status").asText()).isEqualTo("failed");
        assertThat(f.get("reason").asText()).contains("permission");
    }

    @Test
    void aDecompressionBombKeepsItsMetadataButIsNeverDecoded() throws Exception {
        byte[] bomb = TestPhotos.jpeg().size(16, 16).gps(48.85, 2.35).bytes();
        patchFrameSize(bomb, 30000, 30000);
        Files.write(walk.resolve("bomb.jpg"), bomb);

        CliRunner.Result result = run("import", "--json", walk.toString());

        JsonNode f = byName(result.out()).get("bomb.jpg");
        assertThat(f.get("status").asText()).isEqualTo("imported");
        assertThat(f.get("lat").asDouble()).isEqualTo(48.85, org.assertj.core.api.Assertions.within(1e-6));
        try (LocalWorkspace w = LocalWorkspace.open(data)) {
            StoredPhoto stored = w.photos().find(f.get("sha256").asText()).orElseThrow();
            assertThat(stored.metadata().width()).isEqualTo(30000);
            assertThat(stored.preview()).isEqualTo(StoredPhoto.Preview.NONE);
            assertThat(w.photos().thumbnail(stored.sha256())).isEmpty();
        }
    }

    @Test
    void dryRunWritesNothingAtAllNotEvenTheDataDirectory() throws Exception {
        Files.write(walk.resolve("a.jpg"), TestPhotos.jpeg().gps(48.85, 2.35).bytes());

        CliRunner.Result result = run("import", "--dry-run", "--json", walk.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(byName(result.out()).get("a.jpg").get("status").asText()).isEqualTo("imported");
        assertThat(byName(result.out()).get("a.jpg").get("sightingId").isNull()).isTrue();
        assertThat(byName(result.out()).get("a.jpg").get("sha256").isNull()).isTrue(); // headers only
        assertThat(data).doesNotExist();
    }

    @Test
    void theTextReportSaysWhatBecameOfEachFileInFrench() throws Exception {
        Files.write(walk.resolve("a.jpg"), TestPhotos.jpeg().bytes());
        Files.writeString(walk.resolve("b.jpg"), "texte");

        CliRunner.Result result = CliRunner.run(Locale.FRENCH, LocalWorkspace::open, "--data", data.toString(), "import",
                walk.toString());

        assertThat(result.out()).contains("sans position").contains("non prise en charge")
                .contains("2 fichiers : 0 importée, 0 doublon, 1 sans position, 1 non prise en charge, 0 échec");
    }

    @Test
    void aBlockThatCannotBeReadIsNamedAndWhatTheOthersSayIsKept() throws Exception {
        // Before the camera's EXIF, a vendor's EXIF block whose XMP tag (one byte in Windows-1252)
        // makes the XMP library throw.
        byte[] vendor = java.nio.ByteBuffer.allocate(6 + 8 + 18).put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1))
                .put("MM".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 42).putInt(8)
                .putShort((short) 1).putShort((short) 0x02BC).putShort((short) 7).putInt(1).putInt(0x80000000)
                .putInt(0).array();
        byte[] camera = TestPhotos.jpeg().gps(48.8566, 2.3522).direction(123.5, "T")
                .takenAt("2026:05:01 10:00:00", "+02:00").bytes();
        Files.write(walk.resolve("thermal.jpg"), TestJpegs.withSegment(camera, 0xE1, vendor));

        CliRunner.Result json = run("import", "--dry-run", "--json", walk.toString());
        JsonNode line = byName(json.out()).get("thermal.jpg");
        assertThat(line.get("status").asText()).isEqualTo("imported");
        assertThat(line.get("lat").asDouble()).isEqualTo(48.8566);
        assertThat(line.get("direction").asDouble()).isEqualTo(123.5);
        assertThat(line.get("takenAt").asText()).isEqualTo("2026-05-01T10:00:00+02:00");
        JsonNode unread = line.get("unreadBlocks");
        assertThat(unread).hasSize(1);
        assertThat(unread.get(0).get("block").asText()).isEqualTo("exif");
        assertThat(unread.get(0).get("segment").asText()).isEqualTo("APP1");
        assertThat(unread.get(0).get("offset").asLong()).isEqualTo(2);
        assertThat(line.get("reason").asText()).contains("EXIF").contains("APP1").contains("byte 2");

        CliRunner.Result english = run("import", walk.toString());
        assertThat(english.out()).contains("thermal.jpg").contains("EXIF").contains("APP1").contains("byte 2");
        CliRunner.Result french = CliRunner.run(Locale.FRENCH, LocalWorkspace::open, "--data", data.toString(), "import",
                "--dry-run", walk.toString());
        assertThat(french.out()).contains("bloc EXIF").contains("APP1").contains("octet 2");
    }

    @Test
    void badOptionValuesAreInputErrorsThatTouchNothing() throws Exception {
        CliRunner.Result offset = run("import", "--time-offset", "soon", walk.toString());
        assertThat(offset.exitCode()).as("not an offset at all: a usage error").isEqualTo(Cli.USAGE);
        assertThat(offset.err()).contains("--time-offset").contains("soon");

        CliRunner.Result zone = run("import", "--zone", "Mars/Olympus", walk.toString());
        assertThat(zone.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(zone.err()).contains("--zone");

        CliRunner.Result gpx = run("import", "--gpx", temp.resolve("missing.gpx").toString(), walk.toString());
        assertThat(gpx.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(gpx.err()).contains("missing.gpx");
        assertThat(data).doesNotExist();
    }

    @Test
    void theComputersZoneIsMentionedOnlyWhenAPhotoTimeHadNoZone() throws Exception {
        Files.write(walk.resolve("a.jpg"), TestPhotos.jpeg().takenAt("2026:05:01 10:00:00", "+02:00").bytes());
        CliRunner.Result withOffset = run("import", "--dry-run", walk.toString());
        assertThat(withOffset.out()).contains("1 file:").doesNotContain("--zone");

        Files.write(walk.resolve("b.jpg"), TestPhotos.jpeg().takenAt("2026:05:01 10:01:00", null).bytes());
        CliRunner.Result oneWithout = run("import", "--dry-run", "--json", walk.toString());
        assertThat(new ObjectMapper().readTree(oneWithout.out()).get("summary").get("zoneAssumed").asBoolean()).isTrue();

        CliRunner.Result zoneGiven = run("import", "--dry-run", "--zone", "Europe/Paris", walk.toString());
        assertThat(zoneGiven.out()).contains("2 files:").doesNotContain("--zone");
    }

    @Test
    void aNegativeOffsetCanBeWrittenWithoutAnEqualsSign() throws Exception {
        Files.write(walk.resolve("a.jpg"), TestPhotos.jpeg().bytes());
        assertThat(run("import", "--dry-run", "--time-offset", "-90", walk.toString()).exitCode()).isZero();
        assertThat(run("import", "--dry-run", "--time-offset=-00:01:30", walk.toString()).exitCode()).isZero();
    }

    @Test
    void fixturePhotosWithoutGpsArePlacedByTheReferenceTrackLikeExiftool() throws Exception {
        Path track = Fixtures.require("gpx-tracks/exiftool_Geotag.gpx");
        // exiftool's Geotag test: Writer.jpg has no time, so we give one that lies on the track.
        Files.write(walk.resolve("w.jpg"), TestPhotos.jpeg().takenAt("2003:05:24 17:09:31", "+00:00").bytes());

        CliRunner.Result result = run("import", "--dry-run", "--json", "--gpx", track.toString(), walk.toString());

        JsonNode f = byName(result.out()).get("w.jpg");
        assertThat(f.get("status").asText()).isEqualTo("imported");
        assertThat(f.get("lat").asDouble()).isEqualTo(43.6418487, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(f.get("lon").asDouble()).isEqualTo(-116.0622369, org.assertj.core.api.Assertions.within(1e-6));
    }

    /** Rewrites the frame header's height and width, as a hostile file would. */
    private static void patchFrameSize(byte[] jpeg, int width, int height) {
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                return;
            }
        }
        throw new AssertionError("no frame header");
    }
}
