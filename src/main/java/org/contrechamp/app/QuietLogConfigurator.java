package org.contrechamp.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging's start-up configuration, in code rather than an XML file (parsing one cost about 0.2 s at
 * every command): nothing is printed, since stdout and stderr belong to the command's output; once a
 * data directory is open, {@link LogFiles} adds the log file there. Tests keep their own
 * {@code logback-test.xml}.
 */
public final class QuietLogConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (QuietLogConfigurator.class.getResource("/logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
