package org.contrechamp.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.workspace.Workspace;

/** Runs the command line in-process and keeps what it printed (public: tests of other packages run commands too). */
public final class CliRunner {

    public record Result(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    public static Result run(Function<Path, Workspace> opener, String... args) {
        return run(Locale.ENGLISH, opener, args);
    }

    public static Result run(Locale locale, Function<Path, Workspace> opener, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Messages.forLocale(locale), opener);
        int code = Cli.run(context, args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** For commands that must not open any data directory. */
    public static Workspace refuseToOpen(Path dir) {
        throw new AssertionError("this command must not open a data directory");
    }
}
