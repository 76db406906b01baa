package org.contrechamp.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.map.RasterTileFiles;
import org.contrechamp.core.workspace.Workspace;

/**
 * What commands need from outside: where to print, in which language, how to open a data directory
 * (given by {@code --data} or {@code null} for the default) to change it, and how to open one to read
 * it ({@code workspaceReader}: a read-only directory, or one another Contrechamp is using, can still be
 * read), and how to open raster tile files (which needs no data directory). Supplied by the app's
 * composition root, replaced by tests.
 */
public record CliContext(PrintStream out, PrintStream err, Messages messages, Function<Path, Workspace> workspaceOpener,
        RasterTileFiles rasterTiles, Function<Path, Workspace> workspaceReader) {

    /** Reading opens the data directory as changing it does. */
    public CliContext(PrintStream out, PrintStream err, Messages messages, Function<Path, Workspace> workspaceOpener,
            RasterTileFiles rasterTiles) {
        this(out, err, messages, workspaceOpener, rasterTiles, workspaceOpener);
    }

    /** Without raster tile files (commands that need them fail). */
    public CliContext(PrintStream out, PrintStream err, Messages messages, Function<Path, Workspace> workspaceOpener) {
        this(out, err, messages, workspaceOpener, file -> {
            throw new IllegalStateException("this command line was built without raster tile support");
        });
    }

    /** The process's own stdout and stderr (UTF-8). */
    public static CliContext standard(Messages messages, Function<Path, Workspace> workspaceOpener,
            RasterTileFiles rasterTiles, Function<Path, Workspace> workspaceReader) {
        return new CliContext(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
                messages, workspaceOpener, rasterTiles, workspaceReader);
    }
}
