package org.contrechamp.core.track;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.photo.gpx.GpsTrack;

/**
 * GPS tracks for both faces: a track file read once, used to place photos, and kept for coverage.
 * The same file kept twice is kept once (by the SHA-256 of its bytes). Synchronous and thread-safe
 * as its store.
 */
public final class TrackService {

    private final TrackStore store;
    private final Clock clock;

    public TrackService(TrackStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A track read from a file and kept: the parsed track (to place photos) and its stored row. */
    public record Kept(GpsTrack track, KeptTrack kept, boolean alreadyKept) {
    }

    /**
     * Reads a track file and keeps it.
     *
     * @throws InvalidInputException naming the file when it cannot be read, is not a track, or has no timed point
     */
    public Kept keep(Path file) {
        return keep(file, GpsTrack.read(file));
    }

    /** Keeps a track already read from {@code file} (its bytes are hashed as they are now). */
    public Kept keep(Path file, GpsTrack track) {
        String sha256 = sha256(file);
        var existing = store.bySha256(sha256);
        if (existing.isPresent()) {
            return new Kept(track, existing.get(), true);
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        KeptTrack kept = store.add(sha256, name, clock.instant(), TrackPoints.of(track.points()));
        return new Kept(track, kept, false);
    }

    public List<KeptTrack> list() {
        return store.list();
    }

    public boolean forget(long id) {
        return store.remove(id);
    }

    /** The fixes of every kept track, for coverage. */
    public List<TrackPoints> allPoints() {
        List<TrackPoints> all = new ArrayList<>();
        for (KeptTrack t : store.list()) {
            store.points(t.id()).ifPresent(all::add);
        }
        return all;
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new InvalidInputException(Problem.of(file.toString(), "gpx-unreadable", String.valueOf(e.getMessage())));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
