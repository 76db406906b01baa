package org.contrechamp.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.contrechamp.core.i18n.Messages;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Says a usage error (a missing option, an unknown one, a value it does not take) in the user's
 * language. Picocli writes its own parse errors in English only; this reads what the exception
 * carries (the options, the arguments) and says it again from the translation files, then prints
 * what picocli would: the suggestions for a mistyped word, else the command's usage. Exit code 2.
 */
final class UsageErrors implements IParameterExceptionHandler {

    private final Messages messages;

    UsageErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(messages.get("cli.error", sentence(e)));
        List<String> suggestions = e instanceof UnmatchedArgumentException unmatched ? unmatched.getSuggestions() : List.of();
        if (suggestions.isEmpty()) {
            command.usage(err);
        } else {
            String qualified = command.getCommandSpec().qualifiedName();
            // Picocli suggests a command by its last word; the whole line can be copied.
            List<String> whole = suggestions.stream().map(s -> s.startsWith("-") ? s : qualified + " " + s).toList();
            err.println(messages.get("cli.usage.did-you-mean", String.join(messages.get("cli.usage.or"), whole)));
        }
        err.flush();
        return Cli.USAGE;
    }

    /** The sentence for one usage error, without the "contrechamp:" before it. */
    String sentence(ParameterException e) {
        if (e instanceof MissingParameterException missing) {
            return missing(missing);
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (e instanceof OverwrittenOptionException twice) {
            return messages.get("cli.usage.given-twice", name(twice.getOverwritten()));
        }
        if (e instanceof MutuallyExclusiveArgsException) {
            return messages.get("cli.usage.exclusive", exclusiveNames(e));
        }
        if (e.getClass() == ParameterException.class && e.getArgSpec() != null && e.getValue() != null) {
            return valueNotTaken(e.getArgSpec(), e.getValue());
        }
        // Thrown by a command itself (already in the user's language), or a rare case picocli alone
        // words: its own sentence beats none.
        return e.getMessage();
    }

    private String missing(MissingParameterException e) {
        List<ArgSpec> missing = e.getMissing();
        // Picocli throws the same exception for "--lat" given last without its value; only its
        // message tells the two apart.
        if (missing.size() == 1 && e.getMessage().startsWith("Missing required parameter for ")) {
            ArgSpec arg = missing.get(0);
            return messages.get("cli.usage.value-missing", name(arg), arg.paramLabel());
        }
        return messages.get("cli.usage.missing", missing.size(), names(missing));
    }

    private String unmatched(UnmatchedArgumentException e) {
        List<String> words = e.getUnmatched();
        CommandLine command = e.getCommandLine();
        if (e.isUnknownOption()) {
            List<String> options = words.stream().filter(w -> w.startsWith("-")).toList();
            return messages.get("cli.usage.unknown-option", options.size(), listed(options));
        }
        if (!command.getSubcommands().isEmpty() && !words.isEmpty()) {
            return messages.get("cli.usage.unknown-command", words.get(0), command.getCommandSpec().qualifiedName());
        }
        return messages.get("cli.usage.unexpected", words.size(), listed(words));
    }

    private String valueNotTaken(ArgSpec arg, String value) {
        Class<?> type = arg.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return messages.get("cli.usage.not-whole-number", name(arg), value);
        }
        if (type == double.class || type == Double.class) {
            return messages.get("cli.usage.not-a-number", name(arg), value);
        }
        return messages.get("cli.usage.value-not-taken", name(arg), value);
    }

    /**
     * The options of the command's either-or groups that the message names: picocli's exception
     * carries only its English sentence, so the names are found in it, and every option of the
     * groups is listed when none is.
     */
    private String exclusiveNames(ParameterException e) {
        List<String> all = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (ArgGroupSpec group : e.getCommandLine().getCommandSpec().argGroups()) {
            if (!group.exclusive()) {
                continue;
            }
            for (ArgSpec arg : group.allOptionsNested()) {
                String name = name(arg);
                all.add(name);
                if (e.getMessage().contains(name)) {
                    named.add(name);
                }
            }
        }
        return String.join(", ", named.size() >= 2 ? named : all);
    }

    private String names(Collection<ArgSpec> args) {
        return args.stream().map(UsageErrors::name).collect(Collectors.joining(", "));
    }

    private static String listed(List<String> words) {
        return String.join(", ", words);
    }

    /** An option by its long name (--lat), a parameter by its label (ID). */
    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
