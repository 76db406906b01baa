package org.contrechamp.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;

import picocli.CommandLine;

/**
 * Makes the objects picocli asks for: commands get the {@link CliContext} through their
 * constructor, other classes of ours (the version provider) their no-argument constructor.
 *
 * <p>Picocli's own factory is used only for what is left (an interface to give an implementation
 * of), and made only then: it probes the class path for Groovy, and a class that is not there is
 * searched for in every jar, which opens and indexes all of them at start.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final CliContext context;
    private CommandLine.IFactory picocliFactory;

    CommandFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            return picocliFactory().create(type);
        }
        Constructor<K> constructor;
        Object[] arguments;
        try {
            constructor = type.getDeclaredConstructor(CliContext.class);
            arguments = new Object[] {context};
        } catch (NoSuchMethodException noContext) {
            try {
                constructor = type.getDeclaredConstructor();
                arguments = new Object[0];
            } catch (NoSuchMethodException noDefault) {
                return picocliFactory().create(type);
            }
        }
        constructor.setAccessible(true);
        return constructor.newInstance(arguments);
    }

    private CommandLine.IFactory picocliFactory() {
        if (picocliFactory == null) {
            picocliFactory = CommandLine.defaultFactory();
        }
        return picocliFactory;
    }
}
