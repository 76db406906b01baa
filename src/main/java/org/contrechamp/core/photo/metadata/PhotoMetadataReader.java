package org.contrechamp.core.photo.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import com.drew.imaging.heif.HeifMetadataReader;
import com.drew.imaging.png.PngMetadataReader;
import com.drew.imaging.tiff.TiffMetadataReader;
import com.drew.imaging.webp.WebpMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifThumbnailDirectory;
import com.drew.metadata.heif.HeifDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.webp.WebpDirectory;

import org.contrechamp.core.photo.PhotoFormat;
import org.contrechamp.core.photo.PhotoMetadata;
import org.contrechamp.core.photo.PhotoReadException;
import org.contrechamp.core.photo.PhotoTime;

/**
 * Reads a photo's metadata (metadata-extractor underneath) without decoding its pixels. Thread-safe
 * and stateless. A file that is not a photo, or a photo that cannot be read at all, is a
 * {@link PhotoReadException} naming the reason; a photo with damaged parts gives what could be read.
 */
public final class PhotoMetadataReader {

    /** "Exif\0\0" before the TIFF structure in an EXIF segment. */
    private static final int EXIF_PREAMBLE_LENGTH = 6;

    public PhotoMetadata read(Path file) throws PhotoReadException {
        PhotoFormat format = sniff(file);
        try {
            return switch (format) {
                case JPEG -> readJpeg(file);
                case TIFF -> readTiff(file);
                default -> readOther(file, format);
            };
        } catch (PhotoReadException e) {
            throw e;
        } catch (IOException e) {
            throw ioFailure(e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // metadata-extractor on hostile input: a damaged file, not a crash of the import.
            throw new PhotoReadException(org.contrechamp.core.photo.ImportStatus.FAILED, "damaged", e,
                    String.valueOf(e.getMessage()));
        }
    }

    /** The format from the first bytes; the reasons a file is not even a candidate. */
    public static PhotoFormat sniff(Path file) throws PhotoReadException {
        if (Files.isDirectory(file)) {
            throw PhotoReadException.unsupported("directory");
        }
        byte[] head = new byte[PhotoFormat.SNIFF_LENGTH];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw ioFailure(e);
        }
        if (length == 0) {
            throw PhotoReadException.failed("empty");
        }
        return PhotoFormat.sniff(head, length).orElseThrow(() -> PhotoReadException.unsupported("not-a-photo"));
    }

    static PhotoReadException ioFailure(IOException e) {
        if (e instanceof AccessDeniedException) {
            return PhotoReadException.failed("not-readable");
        }
        if (e instanceof NoSuchFileException) {
            return PhotoReadException.failed("vanished");
        }
        if (e instanceof FileSystemException fse && String.valueOf(fse.getReason()).contains("symbolic links")) {
            return PhotoReadException.failed("symlink-loop");
        }
        return new PhotoReadException(org.contrechamp.core.photo.ImportStatus.FAILED, "io-error", e,
                String.valueOf(e.getMessage()));
    }

    private PhotoMetadata readJpeg(Path file) throws IOException, PhotoReadException {
        JpegSegments jpeg;
        try (InputStream in = new SeekableFileStream(file)) {
            jpeg = JpegSegments.read(in);
        }
        if (!jpeg.reachedImageData) {
            // Cut short before the image data: there is no picture to keep, whatever the header says.
            throw PhotoReadException.failed("truncated");
        }
        JpegBlocks blocks = JpegBlocks.read(jpeg);
        MetadataInterpreter facts = new MetadataInterpreter(blocks.metadata);
        PhotoTime takenAt = jpegTime(blocks, facts);
        return new PhotoMetadata(PhotoFormat.JPEG, jpeg.width, jpeg.height, facts.orientation(), facts.position(),
                facts.direction(), facts.directionRef(), takenAt, facts.make(), facts.model(),
                exifThumbnail(blocks), blocks.unread);
    }

    /**
     * EXIF time, unless a Canon CIFF block comes after the EXIF segment (exiftool lets the later of
     * two equally trusted sources win) or EXIF has none.
     */
    private static PhotoTime jpegTime(JpegBlocks blocks, MetadataInterpreter facts) {
        Optional<PhotoTime> exif = facts.exifTime();
        Optional<LocalDateTime> ciff = blocks.ciffTime;
        if (ciff.isPresent() && (exif.isEmpty() || blocks.ciffIndex > blocks.firstExif)) {
            return new PhotoTime(ciff.get(), null, PhotoTime.Source.CAMERA);
        }
        return exif.or(facts::fallbackTime).orElse(null);
    }

    /** The IFD1 thumbnail's place in the file: inside the EXIF segment it was read from, after "Exif\0\0". */
    private static PhotoMetadata.EmbeddedPreview exifThumbnail(JpegBlocks blocks) {
        ExifThumbnailDirectory thumb = blocks.metadata.getFirstDirectoryOfType(ExifThumbnailDirectory.class);
        if (thumb == null) {
            return null;
        }
        Integer offset = MetadataInterpreter.intOrNull(thumb, ExifThumbnailDirectory.TAG_THUMBNAIL_OFFSET);
        Integer length = MetadataInterpreter.intOrNull(thumb, ExifThumbnailDirectory.TAG_THUMBNAIL_LENGTH);
        JpegSegments.Segment s = blocks.exifSegmentOf(thumb);
        if (offset == null || length == null || s == null) {
            return null;
        }
        long start = EXIF_PREAMBLE_LENGTH + (long) offset;
        return start + length <= s.data().length ? new PhotoMetadata.EmbeddedPreview(s.dataOffset() + start, length)
                : null;
    }

    private PhotoMetadata readTiff(Path file) throws IOException, PhotoReadException {
        Metadata metadata;
        try (FileBlockReader reader = new FileBlockReader(file)) {
            metadata = TiffMetadataReader.readMetadata(reader);
        } catch (com.drew.imaging.tiff.TiffProcessingException e) {
            throw new PhotoReadException(org.contrechamp.core.photo.ImportStatus.FAILED, "damaged", e,
                    String.valueOf(e.getMessage()));
        }
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        return build(PhotoFormat.TIFF, metadata,
                MetadataInterpreter.intOrNull(ifd0, ExifDirectoryBase.TAG_IMAGE_WIDTH),
                MetadataInterpreter.intOrNull(ifd0, ExifDirectoryBase.TAG_IMAGE_HEIGHT));
    }

    private PhotoMetadata readOther(Path file, PhotoFormat format) throws IOException, PhotoReadException {
        Metadata metadata;
        try (InputStream in = new SeekableFileStream(file)) {
            metadata = switch (format) {
                case PNG -> PngMetadataReader.readMetadata(in);
                case WEBP -> WebpMetadataReader.readMetadata(in);
                default -> HeifMetadataReader.readMetadata(in); // HEIF and AVIF share the box layout
            };
        } catch (com.drew.imaging.png.PngProcessingException | com.drew.imaging.riff.RiffProcessingException e) {
            throw new PhotoReadException(org.contrechamp.core.photo.ImportStatus.FAILED, "damaged", e,
                    String.valueOf(e.getMessage()));
        }
        Integer width;
        Integer height;
        switch (format) {
            case PNG -> {
                PngDirectory ihdr = metadata.getFirstDirectoryOfType(PngDirectory.class);
                width = MetadataInterpreter.intOrNull(ihdr, PngDirectory.TAG_IMAGE_WIDTH);
                height = MetadataInterpreter.intOrNull(ihdr, PngDirectory.TAG_IMAGE_HEIGHT);
            }
            case WEBP -> {
                WebpDirectory webp = metadata.getFirstDirectoryOfType(WebpDirectory.class);
                width = MetadataInterpreter.intOrNull(webp, WebpDirectory.TAG_IMAGE_WIDTH);
                height = MetadataInterpreter.intOrNull(webp, WebpDirectory.TAG_IMAGE_HEIGHT);
            }
            default -> {
                MetadataInterpreter facts = new MetadataInterpreter(metadata);
                width = facts.exifWidth() != null ? facts.exifWidth() : largest(metadata, HeifDirectory.TAG_IMAGE_WIDTH);
                height = facts.exifHeight() != null ? facts.exifHeight() : largest(metadata, HeifDirectory.TAG_IMAGE_HEIGHT);
            }
        }
        return build(format, metadata, width, height);
    }

    private static Integer largest(Metadata metadata, int tag) {
        Integer best = null;
        for (Directory d : metadata.getDirectoriesOfType(HeifDirectory.class)) {
            Integer v = MetadataInterpreter.intOrNull(d, tag);
            if (v != null && (best == null || v > best)) {
                best = v;
            }
        }
        return best;
    }

    private static PhotoMetadata build(PhotoFormat format, Metadata metadata, Integer width, Integer height) {
        MetadataInterpreter facts = new MetadataInterpreter(metadata);
        PhotoTime takenAt = facts.exifTime().or(facts::fallbackTime).orElse(null);
        return new PhotoMetadata(format, width, height, facts.orientation(), facts.position(), facts.direction(),
                facts.directionRef(), takenAt, facts.make(), facts.model(), null, List.of());
    }
}
