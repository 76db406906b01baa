package org.contrechamp.cli;

import java.io.PrintWriter;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.i18n.TranslationFiles;

import org.slf4j.LoggerFactory;

import picocli.CommandLine;

/**
 * The command-line face of Contrechamp. Exit codes: 0 success; 1 bad input or unusable data (a
 * message on stderr names the field or file); 2 usage error (an unknown command or option, a missing
 * one, or a value an option does not take, such as {@code --format xml}).
 */
public final class Cli {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(CliContext context, String... args) {
        CommandFactory factory = new CommandFactory(context);
        CommandLine commandLine = new CommandLine(new RootCommand(context), factory);
        for (Class<?> type : Subcommands.needed(args)) {
            commandLine.addSubcommand(create(factory, type));
        }
        commandLine.setResourceBundle(TranslationFiles.load("org.contrechamp.i18n.cli", context.messages().locale()));
        commandLine.setOut(new PrintWriter(context.out(), true));
        commandLine.setErr(new PrintWriter(context.err(), true));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(new UsageErrors(context.messages()));
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> report(context, e));
        return commandLine.execute(args);
    }

    /**
     * A usage error found by a command itself (an option's value outside the ones it takes, like
     * {@code --format xml}): the same exit code as the ones picocli finds, 2.
     */
    static CliFailure usageError(CliContext context, Problem problem) {
        return new CliFailure(context.messages().describeByName(problem), USAGE);
    }

    /**
     * The problems that say a value typed for an option or parameter is not of the form it takes (not a
     * number, a date, a box, KEY=VALUE…): usage errors, as picocli's own conversions are, whatever the
     * data. A value of the right form that the data refuses (a latitude of 100, a field this item does
     * not decide) stays bad input.
     */
    private static final java.util.Set<String> MALFORMED = java.util.Set.of("not-a-number", "not-a-date",
            "bad-bbox", "bad-time-offset", "declared-bad-mapping", "tag-not-key-value", "review-not-name-choice");

    private static boolean isMalformedOption(Problem p) {
        boolean typed = p.field() != null && (p.field().startsWith("--") || p.field().matches("[A-Z]+"));
        return typed && MALFORMED.contains(p.code());
    }

    private static Object create(CommandFactory factory, Class<?> type) {
        try {
            return factory.create(type);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the command " + type.getName(), e);
        }
    }

    /** Turns an exception into the message a user can act on and its exit code. */
    static int report(CliContext context, Exception e) {
        if (e instanceof InvalidInputException invalid) {
            for (Problem p : invalid.problems()) {
                context.err().println(context.messages().get("cli.error", context.messages().describeByName(p)));
            }
            return invalid.problems().stream().allMatch(Cli::isMalformedOption) ? USAGE : BAD_INPUT;
        }
        if (e instanceof DataUnavailableException unavailable) {
            context.err().println(context.messages().get("cli.error", context.messages().describeByName(unavailable.problem())));
            return BAD_INPUT;
        }
        if (e instanceof CliFailure failure) {
            context.err().println(context.messages().get("cli.error", failure.getMessage()));
            return failure.exitCode();
        }
        context.err().println(context.messages().get("cli.error.unexpected", String.valueOf(e)));
        LoggerFactory.getLogger(Cli.class).error("command failed", e);
        return BAD_INPUT;
    }
}
