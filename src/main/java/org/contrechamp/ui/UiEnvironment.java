package org.contrechamp.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

import org.contrechamp.core.workspace.Workspace;

/**
 * What the window needs from the composition root: the data directory to open and how to open one.
 * The UI opens it in the background, so that the window shows at once and a problem (locked,
 * damaged, on a read-only or full disk) is explained in a dialog, and in the same words on the
 * terminal through {@code terminal} (the UI itself prints nothing), in the language saved in that
 * directory's settings ({@code savedLanguage}: a tag such as {@code fr}, or null).
 */
public record UiEnvironment(Path dataDirectory, Function<Path, Workspace> workspaceOpener, Consumer<String> terminal,
        Function<Path, String> savedLanguage) {

    /** Without a way to read the language saved in a data directory that cannot be opened. */
    public UiEnvironment(Path dataDirectory, Function<Path, Workspace> workspaceOpener, Consumer<String> terminal) {
        this(dataDirectory, workspaceOpener, terminal, directory -> null);
    }

    /** Without a terminal to tell (tests). */
    public UiEnvironment(Path dataDirectory, Function<Path, Workspace> workspaceOpener) {
        this(dataDirectory, workspaceOpener, sentence -> { });
    }
}
