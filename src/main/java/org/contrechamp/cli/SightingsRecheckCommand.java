package org.contrechamp.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sightings confirm ID [--date D]} and {@code sightings remove ID [--date D] [--disused]}: a
 * camera seen again is a confirmation of its record (check_date), not a new record; one no longer
 * there is marked removed with the day, and stays in the history.
 */
final class SightingsRecheckCommand {

    private SightingsRecheckCommand() {
    }

    static LocalDate day(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Problem.of("--date", "not-a-date", text, "YYYY-MM-DD"));
        }
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true)
    static final class Confirm implements Runnable {
        @ParentCommand
        SightingsCommand parent;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
        String id;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "option.recheck-date")
        String date;

        private final CliContext context;

        Confirm(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            SightingIdArgument.check(id);
            LocalDate day = day(date);
            try (Workspace workspace = parent.root.openWorkspace()) {
                UUID uuid = SightingIdArgument.in(workspace, id);
                long before = workspace.sightings().find(uuid).map(Sighting::revision).orElse(0L);
                Sighting s = workspace.rechecks().confirm(uuid, day);
                context.out().println(s.revision() == before
                        ? context.messages().get("cli.sightings.recheck-unchanged", uuid.toString())
                        : context.messages().get("cli.sightings.confirmed", uuid.toString(), s.checkDate().toString()));
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true)
    static final class Remove implements Runnable {
        @ParentCommand
        SightingsCommand parent;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
        String id;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "option.recheck-date")
        String date;

        @Option(names = "--disused", descriptionKey = "option.recheck-disused")
        boolean disused;

        @Option(names = "--comment", paramLabel = "TEXT", descriptionKey = "option.audit-comment")
        String comment;

        private final CliContext context;

        Remove(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            SightingIdArgument.check(id);
            LocalDate day = day(date);
            try (Workspace workspace = parent.root.openWorkspace()) {
                UUID uuid = SightingIdArgument.in(workspace, id);
                long before = workspace.sightings().find(uuid).map(Sighting::revision).orElse(0L);
                Sighting s = workspace.rechecks().remove(uuid, day, disused, comment);
                context.out().println(s.revision() == before
                        ? context.messages().get("cli.sightings.recheck-unchanged", uuid.toString())
                        : context.messages().get(disused ? "cli.sightings.disused" : "cli.sightings.removed", uuid.toString(),
                                s.checkDate().toString()));
            }
        }
    }
}
