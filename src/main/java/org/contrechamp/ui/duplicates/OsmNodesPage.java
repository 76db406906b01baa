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
import org.contrechamp.core.duplicate.OsmNodeSuggestion;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.conflicts.DeskPhotos;
import org.contrechamp.ui.help.Shortcut;
import org.contrechamp.ui.map.MapPane;
import org.contrechamp.ui.shell.Page;

/**
 * "Already in OpenStreetMap" as a page of the window, beside the duplicates: each sighting that is
 * probably a camera OpenStreetMap already holds, with that node, both on the window's map. Deciding
 * that it is the node makes the OSM export propose changes to the node instead of adding a second
 * one; deciding that it is not keeps the node from being suggested for it again. Keyboard-driven: L,
 * X, N/P.
 */
public final class OsmNodesPage implements Page {

    public static final String ID = "osm-nodes";

    private final Messages messages;
    private final OsmNodesViewModel vm;
    private final OsmNodesPane pane;
    private final ComparisonOnMap onMap;
    private final ObservableValue<String> title;

    /** @param map the window's map, or null (a page shown alone, in tests) */
    OsmNodesPage(Messages messages, Supplier<DuplicateService> service, TaskRunner tasks, MapPane map,
            DeskPhotos.Preview previews, DoubleSupplier fieldOfViewDegrees, Runnable onDecided) {
        this.messages = messages;
        this.vm = new OsmNodesViewModel(service, tasks, messages, onDecided);
        this.pane = new OsmNodesPane(messages, vm, new DeskPhotos(messages, tasks, previews));
        this.onMap = new ComparisonOnMap(map, fieldOfViewDegrees);
        title = Bindings.createStringBinding(() -> messages.get("osm-nodes.page.title-count", vm.items().size()),
                vm.items());
        vm.currentProperty().addListener((obs, was, is) -> showOnMap(is));
    }

    /** The page of a data directory; it searches once at once, so that the bar tells how many wait. */
    public static OsmNodesPage of(Workspace workspace, Messages messages, TaskRunner tasks, MapPane map,
            DeskPhotos.Preview previews, DoubleSupplier fieldOfViewDegrees, Runnable onDecided) {
        OsmNodesPage page = new OsmNodesPage(messages, workspace::duplicates, tasks, map, previews, fieldOfViewDegrees,
                onDecided);
        page.vm.refresh();
        return page;
    }

    /** A page over a service, with no map and no photos on this computer (tests). */
    public static OsmNodesPage of(Supplier<DuplicateService> service, Messages messages, TaskRunner tasks) {
        return new OsmNodesPage(messages, service, tasks, null, sha256 -> Optional.empty(), () -> 60, () -> { });
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
        // Each said to be this page's: X refuses a node here and discards a late edit on To decide.
        return List.of(key("L", "osm-nodes.key.link"), key("X", "osm-nodes.key.refuse"),
                key("N / →", "osm-nodes.key.next"), key("P / ←", "osm-nodes.key.previous"));
    }

    private Shortcut key(String keys, String descriptionKey) {
        return new Shortcut(messages.get("help.in-osm-nodes", keys), descriptionKey);
    }

    public OsmNodesViewModel viewModel() {
        return vm;
    }

    private void showOnMap(OsmNodeSuggestion s) {
        onMap.show(s == null ? null : s.sighting(), messages.get("osm-nodes.page.sighting"),
                s == null ? null : s.node().toSighting(),
                s == null ? "" : messages.get("osm-nodes.page.node", s.node().nodeId()));
    }
}
