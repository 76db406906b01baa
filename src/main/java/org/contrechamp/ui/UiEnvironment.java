package org.contrechamp.ui;

import java.nio.file.Path;
import java.util.function.Function;

import org.contrechamp.core.workspace.Workspace;

/**
 * What the window needs from the composition root: the data directory to open and how to open one.
 * The UI opens it in the background, so that the window shows at once and a problem (locked,
 * damaged) is explained in a dialog.
 */
public record UiEnvironment(Path dataDirectory, Function<Path, Workspace> workspaceOpener) {
}
