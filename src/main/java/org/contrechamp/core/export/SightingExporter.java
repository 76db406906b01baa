package org.contrechamp.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.contrechamp.core.area.OsmCamera;
import org.contrechamp.core.bundle.PhotoSharer;
import org.contrechamp.core.common.AtomicFiles;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.sighting.DamagedRecord;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.OsmChoice;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.Lifecycle;
import org.contrechamp.core.sighting.SightingFilter;
import org.contrechamp.core.sighting.Status;

/**
 * {@code export}: the campaign's sightings as open data, in one of {@link SightingFormat#EXPORTS}.
 *
 * <p>Which sightings: a predicate made of the request's parts (reviewed only unless drafts are asked
 * for, dated on or after {@code since}, in the zone), and, for OpenStreetMap, neither those their
 * surveyor kept out ({@link OsmChoice}) nor those OSM has no new node for (seen removed,
 * microphones); a sighting of a camera already in OSM becomes proposed tag changes instead of a node.
 *
 * <p>Bad input is found before anything is written: a folder that does not exist or cannot be
 * written, a zone that names nothing. Files go to a temporary name beside their target and are
 * moved into place once whole ({@link ExportTarget}). Photos, when asked, are the shared copies only.
 */
public final class SightingExporter {

    private final SightingSource source;
    private final Function<Sighting, Optional<OsmCamera>> linkedNodes;
    private final SharedCopies sharedCopies;
    private final Zones zones;

    /**
     * @param linkedNodes the OSM camera a sighting probably is (from the area), if any
     */
    public SightingExporter(SightingSource source, Function<Sighting, Optional<OsmCamera>> linkedNodes,
            SharedCopies sharedCopies, Zones zones) {
        this.source = new ReadAheadSource(source);
        this.linkedNodes = linkedNodes;
        this.sharedCopies = sharedCopies;
        this.zones = zones;
    }

    /** What becomes of one sighting in this export. */
    private enum Fate { OUT_OF_ZONE, NOT_CHOSEN, DRAFT, KEPT_OUT_OF_OSM, NOT_FOR_OSM, LINKED, WRITTEN }

    public ExportReport export(ExportRequest request, Progress progress, Cancellation cancellation) {
        Path out = ExportTarget.checkFolder(request.out());
        Path photosFolder = request.photosFolder() == null ? null : checkPhotosFolder(request.photosFolder());
        Predicate<Sighting> inZone = request.zone() == null ? s -> true : zones.named(request.zone());
        // Opened first: a folder that cannot be written is said before any work.
        try (ExportTarget target = ExportTarget.open(out)) {
            Photos photos = photosFolder == null ? Photos.NONE
                    : sharePhotos(request, inZone, photosFolder, progress, cancellation);
            List<LeftOutTag> leftOut = new ArrayList<>();
            WriteOptions options = new WriteOptions(photos::of, request.csvSeparator(), request.texts(),
                    request.fieldOfViewDegrees(), leftOut::add);
            ProposedTagChanges proposals = new ProposedTagChanges();
            List<DamagedRecord> damaged = new ArrayList<>();
            int[] counts = new int[Fate.values().length];
            long total = source.count();
            try {
                SightingWriter writer = SightingWriter.open(request.format(), target.stream(), options, null);
                long[] done = {0};
                source.forEachLive(s -> {
                    cancellation.throwIfCancelled();
                    Fate fate = fate(s, request, inZone);
                    Optional<Lifecycle> gone = fate == Fate.NOT_FOR_OSM ? Lifecycle.of(s) : Optional.empty();
                    Optional<OsmCamera> node = (fate == Fate.WRITTEN || gone.isPresent()) && isOsm(request)
                            ? linkedNodes.apply(s) : Optional.empty();
                    if (node.isPresent() && gone.isPresent()) {
                        // Gone from the street but still in OSM: the lifecycle prefix is proposed.
                        fate = Fate.LINKED;
                        proposals.addLifecycle(s, gone.get(), node.get());
                    } else if (node.isPresent()) {
                        fate = Fate.LINKED;
                        proposals.add(s, node.get(), leftOut::add);
                    } else if (fate == Fate.WRITTEN) {
                        writer.write(s);
                    }
                    counts[fate.ordinal()]++;
                    if (++done[0] % 500 == 0) {
                        progress.update(done[0], total, "");
                    }
                }, damaged::add);
                writer.close();
            } catch (UncheckedIOException e) {
                throw ExportTarget.unwritable(out, e);
            }
            requireZoneFound(request, inZoneCount(counts));
            Path proposalsFile = proposals.isEmpty() ? null : writeProposals(proposals, out);
            target.commit();
            progress.update(total, total, "");
            return new ExportReport(out, counts[Fate.WRITTEN.ordinal()], counts[Fate.DRAFT.ordinal()],
                    counts[Fate.KEPT_OUT_OF_OSM.ordinal()], counts[Fate.NOT_FOR_OSM.ordinal()], proposalsFile,
                    proposals.nodes(), proposals.unchanged(), leftOut, photosFolder, photos.copied(),
                    photos.unshared(), damaged);
        }
    }

    /** The photos of an export: the file name standing for each original, and what became of them. */
    private record Photos(Map<String, String> names, int copied, List<PhotoSharer.Unshared> unshared) {
        static final Photos NONE = new Photos(Map.of(), 0, List.of());

        List<String> of(Sighting s) {
            if (names.isEmpty()) {
                return List.of();
            }
            return s.photos().stream().map(names::get).filter(Objects::nonNull).toList();
        }
    }

    /**
     * A first pass for the photos (the files must name the copies, and the zone is checked before
     * anything is copied), then the shared copies made where missing and copied into the folder.
     */
    private Photos sharePhotos(ExportRequest request, Predicate<Sighting> inZone, Path folder, Progress progress,
            Cancellation cancellation) {
        Set<String> originals = new LinkedHashSet<>();
        int[] inZoneCount = {0};
        source.forEachLive(s -> {
            cancellation.throwIfCancelled();
            Fate fate = fate(s, request, inZone);
            if (fate != Fate.OUT_OF_ZONE) {
                inZoneCount[0]++;
            }
            if (fate == Fate.WRITTEN) {
                originals.addAll(s.photos());
            }
        }, damaged -> { });
        requireZoneFound(request, inZoneCount[0]);
        SharedCopies.Result shared = sharedCopies.of(originals, progress, cancellation);
        Map<String, String> names = new java.util.HashMap<>();
        shared.files().forEach((original, copy) -> names.put(original, copy.getFileName() + ".jpg"));
        int copied = copyPhotos(shared.files().values(), folder, cancellation);
        return new Photos(names, copied, shared.unshared());
    }

    private static boolean isOsm(ExportRequest request) {
        return request.format() == SightingFormat.OSM;
    }

    /** The fate of a sighting before the OSM link is looked up (that lookup is the costly part). */
    private static Fate fate(Sighting s, ExportRequest request, Predicate<Sighting> inZone) {
        if (!inZone.test(s)) {
            return Fate.OUT_OF_ZONE;
        }
        if (request.since() != null) {
            var date = SightingFilter.dateOf(s);
            if (date == null || date.isBefore(request.since())) {
                return Fate.NOT_CHOSEN;
            }
        }
        if (s.draft() && !request.includeDrafts()) {
            return Fate.DRAFT;
        }
        if (isOsm(request)) {
            if (OsmChoice.isKeptOut(s)) {
                return Fate.KEPT_OUT_OF_OSM;
            }
            if (s.status() == Status.REMOVED || s.kind() == Kind.MICROPHONE) {
                return Fate.NOT_FOR_OSM;
            }
        }
        return Fate.WRITTEN;
    }

    private static int inZoneCount(int[] counts) {
        int all = 0;
        for (Fate fate : Fate.values()) {
            if (fate != Fate.OUT_OF_ZONE) {
                all += counts[fate.ordinal()];
            }
        }
        return all;
    }

    private static void requireZoneFound(ExportRequest request, int inZone) {
        if (request.zone() != null && inZone == 0) {
            throw new InvalidInputException(Problem.of("zone", "export-zone-unknown", request.zone()));
        }
    }

    /** {@code cameras.osm} → {@code cameras-proposed-changes.csv}, beside it. */
    static Path proposalsPath(Path osmFile) {
        String name = osmFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return osmFile.resolveSibling(base + "-proposed-changes.csv");
    }

    private static Path writeProposals(ProposedTagChanges proposals, Path osmFile) {
        Path file = proposalsPath(osmFile);
        try (ExportTarget target = ExportTarget.open(file)) {
            try {
                proposals.writeCsv(target.stream());
            } catch (UncheckedIOException e) {
                throw ExportTarget.unwritable(file, e);
            }
            target.commit();
        }
        return file;
    }

    /** The photos' folder is made if missing, but only inside a folder that exists. */
    private static Path checkPhotosFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInputException(Problem.of(absolute.toString(), "export-photos-not-folder"));
        }
        if (!Files.exists(absolute)) {
            ExportTarget.checkFolder(absolute);
        }
        return absolute;
    }

    private static int copyPhotos(java.util.Collection<Path> copies, Path folder, Cancellation cancellation) {
        int copied = 0;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw ExportTarget.unwritable(folder, e);
        }
        for (Path copy : new LinkedHashSet<>(copies)) {
            cancellation.throwIfCancelled();
            Path target = folder.resolve(copy.getFileName() + ".jpg");
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                copied++;
                continue;
            }
            try (InputStream in = Files.newInputStream(copy)) {
                AtomicFiles.copy(in, target, false);
                copied++;
            } catch (IOException e) {
                throw ExportTarget.unwritable(target, e);
            }
        }
        return copied;
    }
}
