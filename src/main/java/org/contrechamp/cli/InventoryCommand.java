package org.contrechamp.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.declared.ComparisonCsv;
import org.contrechamp.core.declared.report.DeclaredReport;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.inventory.Inventory;
import org.contrechamp.core.inventory.InventoryCsv;
import org.contrechamp.core.inventory.InventoryService;
import org.contrechamp.core.inventory.report.InventoryPages;
import org.contrechamp.core.inventory.report.Paper;
import org.contrechamp.core.inventory.report.ReportOptions;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code inventory --pdf FILE [--csv FILE] [--declared-csv FILE] [--no-declared] [--zone NAME] [--paper a4|letter]
 * [--lang en|fr] [--title TEXT]}: the street-level inventory of the data directory as a PDF (and a CSV),
 * each written whole or not at all. Refused, with exit 1, before any area is loaded: without streets
 * there is no inventory. When an official list has been imported, the PDF holds it against the
 * cameras (a section and a layer of the maps) unless {@code --no-declared}; {@code --declared-csv}
 * writes that same comparison with the writer of {@code declared compare --csv}, so that the PDF and
 * its CSV, made in one run, always agree.
 */
@Command(name = "inventory", mixinStandardHelpOptions = true, sortOptions = false)
final class InventoryCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Option(names = "--pdf", required = true, paramLabel = "FILE.pdf", descriptionKey = "option.inventory-pdf")
    Path pdf;

    @Option(names = "--csv", paramLabel = "FILE.csv", descriptionKey = "option.inventory-csv")
    Path csv;

    @Option(names = "--declared-csv", paramLabel = "FILE.csv", descriptionKey = "option.inventory-declared-csv")
    Path declaredCsv;

    @Option(names = "--no-declared", descriptionKey = "option.inventory-no-declared")
    boolean noDeclared;

    @Option(names = "--zone", paramLabel = "NAME", descriptionKey = "option.inventory-zone")
    String zone;

    @Option(names = "--paper", paramLabel = "a4|letter", descriptionKey = "option.inventory-paper")
    String paper;

    @Option(names = "--lang", paramLabel = "en|fr", descriptionKey = "option.inventory-lang")
    String lang;

    @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "option.inventory-title")
    String title;

    private final CliContext context;

    InventoryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        Locale locale = locale();
        Paper sheet = paper == null ? Paper.forCountry(Locale.getDefault().getCountry())
                : Paper.parse(paper).orElseThrow(() -> Cli.usageError(context, Problem.of("--paper", "inventory-paper", paper)));
        if (csv != null && csv.toAbsolutePath().normalize().equals(pdf.toAbsolutePath().normalize())) {
            throw new InvalidInputException(Problem.of("--csv", "inventory-same-file"));
        }
        if (declaredCsv != null && noDeclared) {
            throw Cli.usageError(context, Problem.of("--declared-csv", "inventory-declared-contradiction"));
        }
        if (declaredCsv != null && (same(declaredCsv, pdf) || csv != null && same(declaredCsv, csv))) {
            throw new InvalidInputException(Problem.of("--declared-csv", "inventory-declared-same-file",
                    declaredCsv.toString()));
        }
        requireFolder(pdf);
        if (csv != null) {
            requireFolder(csv);
        }
        if (declaredCsv != null) {
            requireFolder(declaredCsv);
        }
        Messages messages = Messages.forLocale(locale);
        String heading = title == null || title.isBlank() ? messages.get("inventory.title.default") : title.strip();
        try (Workspace workspace = root.openWorkspaceToRead()) {
            InventoryService service = workspace.inventory();
            if (declaredCsv != null && workspace.declared().info().isEmpty()) {
                throw new DataUnavailableException(Problem.of("--declared-csv", "declared-none"));
            }
            Inventory inventory = service.build(zone, locale, LocalDate.now(workspace.localClock()), Cancellation.NEVER);
            double fieldOfView = workspace.settings().load().fieldOfViewDegrees();
            ReportOptions options = new ReportOptions(heading, sheet, locale, fieldOfView, List.of());
            Optional<DeclaredReport> declared = noDeclared ? Optional.empty()
                    : DeclaredReport.of(workspace.declared(), inventory, messages, service.scope(zone));
            if (declared.isPresent()) {
                options = declared.get().addTo(options);
            }
            InventoryPages pages = service.pages(inventory, options, messages);
            service.writePdf(pages, heading, pdf, Progress.NONE, Cancellation.NEVER);
            context.out().println(context.messages().get("cli.inventory.written", pdf.toString(),
                    inventory.counts().cameras(), inventory.counts().streets(), pages.pageCount()));
            if (csv != null) {
                InventoryCsv.write(inventory, csv);
                context.out().println(context.messages().get("cli.inventory.csv-written", csv.toString()));
            }
            if (declaredCsv != null && declared.isPresent()) {
                DeclaredCompareCommand.write(declaredCsv, ComparisonCsv.write(declared.get().comparison()));
                context.out().println(context.messages().get("cli.declared.csv-written", declaredCsv.toString()));
            }
        }
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private Locale locale() {
        if (lang == null) {
            return context.messages().locale();
        }
        String code = lang.strip().toLowerCase(Locale.ROOT);
        for (Locale supported : Messages.SUPPORTED) {
            if (supported.getLanguage().equals(code)) {
                return supported;
            }
        }
        throw Cli.usageError(context, Problem.of("--lang", "inventory-lang", lang));
    }

    /** A file whose folder does not exist is said before the inventory is built, not after. */
    private static void requireFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInputException(Problem.of(file.toString(), "file-unwritable",
                    String.valueOf(folder)));
        }
    }
}
