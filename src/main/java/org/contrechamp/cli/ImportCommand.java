package org.contrechamp.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.photo.gpx.GpsTrack;
import org.contrechamp.core.photo.gpx.TimeOffset;
import org.contrechamp.core.photo.imports.ImportOptions;
import org.contrechamp.core.photo.imports.ImportReport;
import org.contrechamp.core.photo.imports.PhotoImportService;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.core.track.TrackService;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import PATH… [--gpx FILE] [--time-offset ±SECONDS|±HH:MM:SS] [--zone ZONE] [--dry-run] [--json]}.
 * The track of {@code --gpx} is kept in the data directory (once, however often it is given), so that
 * {@code coverage} knows which streets were walked; it never goes into a bundle.
 * Exit 0 when the import ran (each file's fate is in the report, failures included); 1 for a bad
 * option value, an unreadable track, an unusable data directory, or an import stopped by a full
 * disk (after its report). {@code --dry-run} reads the
 * photos' headers only: it neither creates nor opens the data directory and hashes nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "param.import-paths")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--gpx", paramLabel = "FILE", descriptionKey = "option.gpx")
    Path gpx;

    @Option(names = "--time-offset", paramLabel = "±SECONDS|±HH:MM:SS", descriptionKey = "option.time-offset")
    String timeOffset;

    @Option(names = "--zone", paramLabel = "ZONE", descriptionKey = "option.zone")
    String zone;

    @Option(names = "--dry-run", descriptionKey = "option.dry-run")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    private final CliContext context;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        // Options are checked before anything is opened: bad input touches nothing.
        Duration offset = timeOffset == null ? Duration.ZERO : TimeOffset.parse("--time-offset", timeOffset);
        ZoneId zoneId = zone == null ? null : parseZone(zone);
        GpsTrack track = gpx == null ? null : GpsTrack.read(gpx);
        Progress progress = json ? Progress.NONE : new StderrProgress(context);
        ImportReport report;
        TrackService.Kept kept = null;
        if (dryRun) {
            ImportOptions options = ImportOptions.from(Settings.DEFAULTS).withZone(zoneId).withClockOffset(offset)
                    .withTrack(track).withDryRun(true);
            report = PhotoImportService.dryRun(paths, options, progress, Cancellation.NEVER);
        } else {
            try (Workspace workspace = root.openWorkspace()) {
                // kept for coverage (which streets were walked), on this computer only
                kept = track == null ? null : workspace.tracks().keep(gpx, track);
                ImportOptions options = ImportOptions.from(workspace.settings().load()).withZone(zoneId)
                        .withClockOffset(offset).withTrack(track);
                report = workspace.photoImport().importPaths(paths, options, progress, Cancellation.NEVER);
            }
        }
        if (json) {
            ImportReportJson.write(report, context.messages(), context.out());
        } else {
            ImportReportText.write(report, context.messages(), context.out());
            if (kept != null) {
                context.out().println(context.messages().get(kept.alreadyKept() ? "cli.import.track-already-kept"
                        : "cli.import.track-kept", kept.kept().name(), kept.kept().pointCount()));
            }
        }
        context.out().flush();
        if (report.stoppedBy() != null) {
            // The report says which files were handled; the exit code and stderr say it did not finish.
            throw new DataUnavailableException(report.stoppedBy());
        }
    }

    private static ZoneId parseZone(String text) {
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException(Problem.of("--zone", "unknown-zone", text));
        }
    }

    /** A progress line on stderr, rewritten in place, only when stderr is a terminal worth it. */
    private static final class StderrProgress implements Progress {
        private final CliContext context;
        private long lastPrinted;

        StderrProgress(CliContext context) {
            this.context = context;
        }

        @Override
        public void update(long done, long total, String current) {
            if (System.console() == null || total <= 0) {
                return;
            }
            long now = System.nanoTime();
            if (now - lastPrinted < 200_000_000L && done < total) {
                return;
            }
            lastPrinted = now;
            context.err().print("\r" + context.messages().get("cli.import.progress", 100 * done / total, current) + "   ");
            if (done >= total) {
                context.err().print("\r");
            }
            context.err().flush();
        }
    }
}
