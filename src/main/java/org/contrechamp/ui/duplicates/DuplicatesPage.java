package org.contrechamp.ui.duplicates;

import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

import org.contrechamp.core.duplicate.DuplicateService;
import org.contrechamp.core.duplicate.DuplicateSuggestion;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.provenance.DeskNames;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.conflicts.DeskPhotos;
import org.contrechamp.ui.help.Shortcut;
import org.contrechamp.ui.map.MapPane;
import org.contrechamp.ui.shell.Page;

/**
 * The duplicates desk as a page of the window: the queue of probable duplicates, both records side by
 * side with their photos, and both positions and cones on the window's map (the conflicts desk's
 * layer, which draws two versions of a camera the same way). Keyboard-driven: M, D, N/P, C for the
 * comment that goes with the decision into the audit log.
 */
public final class DuplicatesPage implements Page {

    public static final String ID = "duplicates";

    private final Messages messages;
    private final DuplicatesViewModel vm;
    private final DuplicatesPane pane;
    private final ComparisonOnMap onMap;
    private final ObservableValue<String> title;

    /**
     * @param map the window's map, or null (a page shown alone, in tests)
     */
    DuplicatesPage(Messages messages, Supplier<DuplicateService> service, Supplier<DeskNames> names, TaskRunner tasks,
            MapPane map, DeskPhotos.Preview previews, DoubleSupplier fieldOfViewDegrees, Runnable onDecided) {
        this.messages = messages;
        this.vm = new DuplicatesViewModel(service, names, tasks, messages, onDecided);
        this.pane = new DuplicatesPane(messages, vm, new DeskPhotos(messages, tasks, previews));
        this.onMap = new ComparisonOnMap(map, fieldOfViewDegrees);
        title = Bindings.createStringBinding(() -> messages.get("duplicates.page.title-count", vm.items().size()),
                vm.items());
        vm.currentProperty().addListener((obs, was, is) -> showOnMap(is));
    }

    /**
     * Searches once in the background, so that the bar says how many pairs wait before the page is
     * opened (as the To decide page does); showing the page searches again.
     */
    public DuplicatesPage countInBackground() {
        vm.refresh();
        return this;
    }

    /**
     * The page of a data directory.
     *
     * @param previews a photo's small picture, if this computer holds one (the conflicts page's, reused)
     */
    public static DuplicatesPage of(Workspace workspace, Messages messages, TaskRunner tasks, MapPane map,
            DeskPhotos.Preview previews, DoubleSupplier fieldOfViewDegrees, Runnable onDecided) {
        return new DuplicatesPage(messages, workspace::duplicates, () -> workspace.provenance().names(messages), tasks,
                map, previews, fieldOfViewDegrees, onDecided).countInBackground();
    }

    /**
     * A page over a service, with no photos on this computer (tests, a page shown alone).
     *
     * @param names the authors' names (null: none shown)
     */
    public static DuplicatesPage of(Supplier<DuplicateService> service, Supplier<DeskNames> names, Messages messages,
            TaskRunner tasks) {
        return new DuplicatesPage(messages, service, names, tasks, null, sha256 -> Optional.empty(), () -> 60, () -> { });
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
        return pane;
    }

    @Override
    public void shown() {
        onMap.pageShown();
        vm.refresh();
        Platform.runLater(pane::requestFocus);
    }

    @Override
    public void hidden() {
        onMap.pageHidden();
    }

    @Override
    public List<Shortcut> shortcuts() {
        // Each said to be this page's: M merges here and keeps a version on the To decide page.
        return List.of(key("M", "duplicates.key.merge"), key("D", "duplicates.key.distinct"),
                key("C", "duplicates.key.comment"),
                key("N / →", "duplicates.key.next"), key("P / ←", "duplicates.key.previous"));
    }

    private Shortcut key(String keys, String descriptionKey) {
        return new Shortcut(messages.get("help.in-duplicates", keys), descriptionKey);
    }

    public DuplicatesViewModel viewModel() {
        return vm;
    }

    private void showOnMap(DuplicateSuggestion s) {
        Sighting[] older = s == null ? new Sighting[2] : DuplicatesPane.ordered(s);
        onMap.show(older[0], messages.get("duplicates.page.first"), older[1], messages.get("duplicates.page.second"));
    }
}
