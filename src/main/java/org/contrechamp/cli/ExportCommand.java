package org.contrechamp.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.export.ExportReport;
import org.contrechamp.core.export.ExportReportText;
import org.contrechamp.core.export.ExportRequest;
import org.contrechamp.core.export.SightingFormat;
import org.contrechamp.core.export.SightingTexts;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export --format geojson|osm|csv|kml --out FILE [--zone NAME] [--since DATE]
 * [--reviewed-only | --include-drafts] [--with-photos DIR] [--csv-separator ,|;] [--fields-of-view]}.
 * The summary goes to stdout, each thing left out by name to stderr.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "option.export-format")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.export-out")
    Path out;

    @Option(names = "--zone", paramLabel = "NAME", descriptionKey = "option.export-zone")
    String zone;

    @Option(names = "--since", paramLabel = "DATE", descriptionKey = "option.export-since")
    String since;

    @Option(names = "--reviewed-only", descriptionKey = "option.export-reviewed-only")
    boolean reviewedOnly;

    @Option(names = "--include-drafts", descriptionKey = "option.export-include-drafts")
    boolean includeDrafts;

    @Option(names = "--with-photos", paramLabel = "DIR", descriptionKey = "option.export-with-photos")
    Path photos;

    @Option(names = "--csv-separator", paramLabel = "SEP", defaultValue = ",", descriptionKey = "option.export-csv-separator")
    String separator;

    @Option(names = "--fields-of-view", descriptionKey = "option.export-fields-of-view")
    boolean fieldsOfView;

    private final CliContext context;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        // Everything that can be checked without the data is checked first: bad input opens nothing.
        SightingFormat chosen = SightingFormat.parse(format).filter(SightingFormat.EXPORTS::contains)
                .orElseThrow(() -> Cli.usageError(context, Problem.of("--format", "unknown-value", format,
                        SightingFormat.names(SightingFormat.EXPORTS))));
        if (reviewedOnly && includeDrafts) {
            throw Cli.usageError(context, Problem.of("--include-drafts", "export-options-exclusive", "--reviewed-only"));
        }
        if (!separator.equals(",") && !separator.equals(";")) {
            throw Cli.usageError(context, Problem.of("--csv-separator", "unknown-value", separator, ", ;"));
        }
        LocalDate from = since == null ? null : date(since);
        try (Workspace workspace = root.openWorkspaceToRead()) {
            ExportRequest request = ExportRequest.of(chosen, out, new SightingTexts(context.messages()))
                    .withDrafts(includeDrafts).withSince(from).withZone(zone).withPhotos(photos)
                    .withCsvSeparator(separator.charAt(0))
                    .withFieldsOfView(fieldsOfView ? workspace.settings().load().fieldOfViewDegrees() : 0);
            ExportReport report = workspace.exports().export(request, Progress.NONE, Cancellation.NEVER);
            for (String line : ExportReportText.warnings(report, context.messages())) {
                context.err().println(context.messages().get("cli.warning", line));
            }
            for (String line : ExportReportText.summary(report, chosen, context.messages())) {
                context.out().println(line);
            }
        }
        context.out().flush();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Problem.of("--since", "not-a-date", text, "YYYY-MM-DD"));
        }
    }
}
