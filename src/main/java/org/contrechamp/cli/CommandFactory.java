package org.contrechamp.cli;

import java.lang.reflect.Constructor;

import picocli.CommandLine;

/** Gives every command the {@link CliContext} through its constructor. */
final class CommandFactory implements CommandLine.IFactory {

    private final CliContext context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            Constructor<K> withContext = type.getDeclaredConstructor(CliContext.class);
            withContext.setAccessible(true);
            return withContext.newInstance(context);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
    }
}
