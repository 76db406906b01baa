package org.contrechamp.ui.review;

import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.StoredPhoto;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.help.Shortcut;
import org.contrechamp.ui.photo.PhotoImages;
import org.contrechamp.ui.shell.Page;

/**
 * The review queue as a page: the drafts one by one, photo large, by keyboard. Its keys work while the
 * page is shown (the view model is active only then), and its title says how many drafts wait.
 */
public final class ReviewPage implements Page {

    public static final String ID = "review";

    private final Messages messages;
    private final ReviewViewModel vm;
    private final ReviewPanel panel;
    private final ObservableValue<String> title;

    public ReviewPage(Messages messages, ReviewViewModel vm, TaskRunner tasks, PhotoImages images,
            Consumer<StoredPhoto> openPhoto) {
        this.messages = messages;
        this.vm = vm;
        this.panel = new ReviewPanel(messages, vm, tasks, images, openPhoto);
        this.title = Bindings.createStringBinding(() -> messages.get("tab.review-count", vm.drafts().size()), vm.drafts());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ObservableValue<String> title() {
        return title;
    }

    @Override
    public Node view() {
        return panel;
    }

    /** Reviewing wants the photo large: the page takes half the window. */
    @Override
    public double mapShare() {
        return 0.48;
    }

    @Override
    public void shown() {
        vm.activeProperty().set(true);
        Platform.runLater(panel::requestFocus);
    }

    @Override
    public void hidden() {
        vm.activeProperty().set(false);
    }

    @Override
    public List<Shortcut> shortcuts() {
        return ReviewKey.all().stream()
                .map(key -> new Shortcut(messages.get("help.in-review", key.shown(messages)), key.labelKey())).toList();
    }
}
