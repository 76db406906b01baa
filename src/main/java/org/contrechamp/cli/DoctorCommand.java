package org.contrechamp.cli;

import org.contrechamp.core.doctor.DoctorReport;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code doctor [--repair] [--json]}: checks the data directory (database, sighting records, photo
 * originals, thumbnails, temporary files) and, with {@code --repair}, repairs what can be repaired
 * without losing anything. Exit 0 when nothing is left wrong, 1 when something is (the report says
 * what, and what to do).
 */
@Command(name = "doctor", mixinStandardHelpOptions = true, sortOptions = false)
final class DoctorCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Option(names = "--repair", descriptionKey = "option.repair")
    boolean repair;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    private final CliContext context;

    DoctorCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        DoctorReport report;
        try (Workspace workspace = root.openWorkspace()) {
            report = workspace.doctor().examine(repair);
        }
        if (json) {
            JsonOutput.print(context, DoctorReportJson.of(report, context.messages()));
        } else {
            DoctorReportText.write(report, context.messages(), context.out());
        }
        context.out().flush();
        if (report.left() > 0) {
            throw new CliFailure(context.messages().get("doctor.left", report.left()), Cli.BAD_INPUT);
        }
    }
}
