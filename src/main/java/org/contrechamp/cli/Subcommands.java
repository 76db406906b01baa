package org.contrechamp.cli;

import java.util.List;

import picocli.CommandLine.Command;

/**
 * Which subcommands a command line needs built. Picocli builds the whole model of every command it
 * is given (options, parameters, nested subcommands, all by reflection): about half a second of a
 * short command's start, on a small machine, spent on commands that will not run. When the first
 * word after the root's {@code --data DIR} names a subcommand, that one is enough; anything else
 * (no command, {@code --help}, {@code --version}, a misspelt name) gets them all, so that help
 * and "did you mean" messages stay complete.
 */
final class Subcommands {

    private Subcommands() {
    }

    static List<Class<?>> needed(String... args) {
        String word = firstWord(args);
        if (word != null) {
            for (Class<?> type : RootCommand.SUBCOMMANDS) {
                if (type.getAnnotation(Command.class).name().equals(word)) {
                    return List.of(type);
                }
            }
        }
        return RootCommand.SUBCOMMANDS;
    }

    /** The first argument that is not the root's {@code --data} option; null when an option comes first. */
    private static String firstWord(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data")) {
                i++; // its value
            } else if (arg.startsWith("--data=")) {
                continue;
            } else {
                return arg.startsWith("-") ? null : arg;
            }
        }
        return null;
    }
}
