package org.contrechamp.app;

import java.nio.file.Path;
import java.util.Locale;

import org.contrechamp.cli.Cli;
import org.contrechamp.cli.CliContext;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.storage.tiles.MbTilesFile;

/**
 * {@code java -jar contrechamp.jar} opens the window; {@code java -jar contrechamp.jar COMMAND ...}
 * runs the command line. Both use the same core services, wired by {@link LocalWorkspace}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // XMP parsing asks JAXP for a DOM parser once per photo; without this, each request scans
        // every jar on the class path for a provider. The JDK's own parser is the one wanted anyway.
        if (System.getProperty("javax.xml.parsers.DocumentBuilderFactory") == null) {
            System.setProperty("javax.xml.parsers.DocumentBuilderFactory",
                    "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
        }
        if (args.length == 0 || isGuiOnly(args)) {
            Path explicit = args.length == 2 ? Path.of(args[1]) : null;
            if (!WindowStart.open(DataDirectories.resolve(explicit))) {
                System.exit(1);
            }
            return;
        }
        CliContext context = CliContext.standard(Messages.forLocale(Locale.getDefault()),
                explicit -> DataDirectoryOpening.openToChange(DataDirectories.resolve(explicit)), MbTilesFile::open,
                explicit -> DataDirectoryOpening.openOrLook(DataDirectories.resolve(explicit)));
        System.exit(Cli.run(context, args));
    }

    /** {@code --data DIR} alone opens the window on that data directory. */
    private static boolean isGuiOnly(String[] args) {
        return args.length == 2 && "--data".equals(args[0]);
    }
}
