package org.contrechamp.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javafx.scene.control.Alert;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.DialogButtons;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.ProgressDialog;
import org.contrechamp.ui.common.TaskHandle;
import org.contrechamp.ui.common.TaskRunner;

/**
 * <i>Open a copy…</i> of a data directory opened to look at only: the user picks a folder, the copy is
 * made there in the background (progress, Cancel), and the window then reopens on the copy, which can be
 * changed. An empty folder receives the copy itself; any other gets a new folder named after the data
 * directory, so that nothing the user keeps there is mixed with it.
 */
final class LookOnlyCopy {

    private LookOnlyCopy() {
    }

    /** The folder the user picks for the copy, if any. */
    static Optional<Path> choose(Window owner, Messages messages) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("look-only.choose-folder"));
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    static void copyInto(Window owner, Path chosen, Workspace looked, Messages messages, TaskRunner tasks,
            Consumer<Path> copied) {
        ProgressDialog dialog = new ProgressDialog(owner, messages, messages.get("look-only.copying"));
        dialog.show();
        TaskHandle handle = tasks.submit("copy the data directory", (progress, cancellation) -> {
            Path target = targetIn(chosen, looked.dataDirectory());
            looked.copyTo(target, progress, cancellation);
            return target;
        }, target -> {
            dialog.close();
            copied.accept(target);
        }, error -> {
            dialog.close();
            tell(owner, messages, Alert.AlertType.ERROR, error instanceof CancellationException
                    ? messages.get("look-only.copy-cancelled", chosen) : ErrorMessages.describe(messages, error));
        });
        dialog.follow(handle);
    }

    /** The folder {@code chosen} itself when it is empty or new, else a new folder in it named after the data directory. */
    static Path targetIn(Path chosen, Path dataDirectory) throws IOException {
        if (!Files.exists(chosen) || isEmptyFolder(chosen)) {
            return chosen;
        }
        String name = dataDirectory.getFileName() == null ? "contrechamp" : dataDirectory.getFileName().toString();
        Path target = chosen.resolve(name + "-copy");
        for (int n = 2; Files.exists(target); n++) {
            target = chosen.resolve(name + "-copy-" + n);
        }
        return target;
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> inside = Files.list(folder)) {
            return inside.findAny().isEmpty();
        }
    }

    static void tell(Window owner, Messages messages, Alert.AlertType type, String sentence) {
        Alert alert = new Alert(type, sentence, DialogButtons.close(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(480);
        alert.show();
    }
}
