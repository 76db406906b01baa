package org.contrechamp.core.area.osm;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;

/**
 * Reads an OpenStreetMap file of any supported kind ({@code .osm.pbf}, {@code .osm},
 * {@code .osm.gz}) into an {@link OsmHandler}. The format is recognised from the content. Every
 * failure is an {@link InvalidInputException} naming the file and saying what to do; progress is
 * reported in bytes of the file; a cancellation stops the reading with a
 * {@link java.util.concurrent.CancellationException}.
 */
public final class OsmFileReader {

    private OsmFileReader() {
    }

    public static void read(Path file, OsmHandler handler, Progress progress, Cancellation cancellation) {
        String name = file.toString();
        long size;
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidInputException(Problem.of(name, "osm-not-a-file"));
            }
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.of(name, "file-not-found"));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.of(name, "file-unreadable", String.valueOf(e.getMessage())));
        }
        if (size == 0) {
            throw new InvalidInputException(Problem.of(name, "osm-empty-file"));
        }
        try (InputStream raw = Files.newInputStream(file)) {
            CountingInputStream counted = new CountingInputStream(raw);
            BufferedInputStream in = new BufferedInputStream(counted, 1 << 16);
            ReadContext context = new ReadContext(name, counted, size, progress, cancellation);
            in.mark(64);
            byte[] head = new byte[64];
            int n = in.readNBytes(head, 0, head.length);
            in.reset();
            switch (OsmFormat.sniff(head, n)) {
                case PBF -> new OsmPbfReader(context).read(in, handler);
                case XML -> new OsmXmlReader(context).read(in, handler);
                case GZIP_XML -> readGzip(in, context, handler);
                case BZIP2 -> throw context.problem("osm-bzip2");
                default -> throw context.problem("osm-unknown-format");
            }
            progress.update(size, size, name);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(Problem.of(name, "file-unreadable", "access denied"));
        } catch (EOFException e) {
            throw new InvalidInputException(Problem.of(name, "osm-truncated"));
        } catch (ZipException e) {
            throw new InvalidInputException(Problem.of(name, "osm-corrupt", String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.of(name, "file-unreadable", String.valueOf(e.getMessage())));
        }
    }

    private static void readGzip(InputStream in, ReadContext context, OsmHandler handler) throws IOException {
        // A gzip of a PBF is not a thing people make; inside a gzip we expect XML only.
        GZIPInputStream unzipped = new GZIPInputStream(in, 1 << 16);
        BufferedInputStream buffered = new BufferedInputStream(unzipped, 1 << 16);
        buffered.mark(64);
        byte[] head = new byte[64];
        int n = buffered.readNBytes(head, 0, head.length);
        buffered.reset();
        if (OsmFormat.sniff(head, n) != OsmFormat.XML) {
            throw context.problem("osm-unknown-format");
        }
        new OsmXmlReader(context).read(buffered, handler);
        // Read to the end of the gzip stream: its trailer (CRC and size) is checked only there, and a
        // file that lost its last bytes must not pass for complete.
        byte[] rest = new byte[8192];
        while (buffered.read(rest) >= 0) {
            context.tick();
        }
    }
}
