package org.contrechamp.ui.conflicts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.image.Image;

import org.contrechamp.core.bundle.SharedPhotoStore;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.review.ReviewService;
import org.contrechamp.core.review.LateEdits;
import org.contrechamp.core.provenance.DeskNames;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.help.Shortcut;
import org.contrechamp.ui.map.MapPane;
import org.contrechamp.ui.photo.PhotoImages;
import org.contrechamp.ui.shell.Page;

/**
 * The conflicts desk as a page of the window: its title (with the number of items waiting), its view
 * model and view, and its layer on the window's map, which shows both sides of the item while the desk
 * is shown. The window registers the page and a menu command; everything else is wired here.
 */
public final class ConflictsPage implements Page {

    public static final String ID = "conflicts";

    /** Around both sides of an item, this much of the street is shown (metres). */
    private static final double MAP_MARGIN_M = 35;
    /** A received photo larger than this is not decoded for a thumbnail (a crafted file). */
    private static final long MAX_SHARED_PHOTO_BYTES = 30L * 1024 * 1024;

    private final ConflictsViewModel vm;
    private final ConflictsPane pane;
    private final LateEditDesk lateEdit;
    private final ObservableValue<String> title;
    private final DeskMapLayer layer;
    private final MapPane map;
    private final Messages messages;
    private boolean showing;

    /**
     * @param services  the review queue (asked in the background; null: nothing to decide)
     * @param previews  a photo's small picture, if this computer has one
     * @param onDecided after a decision was stored (the record changed: the window reloads it)
     */
    public ConflictsPage(Messages messages, Supplier<ReviewService> services, TaskRunner tasks, StatusLine status,
            MapPane map, DeskPhotos.Preview previews, DoubleSupplier fieldOfViewDegrees, Runnable onDecided) {
        this(messages, services, null, null, tasks, status, map, previews, fieldOfViewDegrees, onDecided);
    }

    /**
     * @param lateEdits late edits of merged records and their decisions (null: none said as such)
     * @param names     the names the desk says records and keys by (with lateEdits)
     */
    public ConflictsPage(Messages messages, Supplier<ReviewService> services, Supplier<LateEdits> lateEdits,
            Supplier<DeskNames> names, TaskRunner tasks, StatusLine status, MapPane map, DeskPhotos.Preview previews,
            DoubleSupplier fieldOfViewDegrees, Runnable onDecided) {
        this.map = map;
        this.messages = messages;
        this.vm = new ConflictsViewModel(services, tasks, messages, status, onDecided);
        this.pane = new ConflictsPane(messages, vm, new DeskPhotos(messages, tasks, previews));
        this.lateEdit = new LateEditDesk(lateEdits, names, tasks, messages, status, () -> {
            onDecided.run();
            vm.refresh();
        });
        pane.addNotice(new LateEditBox(messages, lateEdit, pane), lateEdit.saidProperty().isNotNull());
        this.layer = new DeskMapLayer(fieldOfViewDegrees);
        layer.setVisible(false);
        map.mapView().addLayer(layer);
        title = Bindings.createStringBinding(() -> messages.get("tab.conflicts-count", vm.items().size()), vm.items());
        vm.currentProperty().addListener((obs, was, is) -> {
            if (is == null || !is.equals(was)) {
                lateEdit.show(is);
            }
            if (is == null) {
                layer.clear();
            } else if (!is.equals(was)) {
                showOnMap(is);
            }
        });
        vm.resultProperty().addListener((obs, was, is) -> pane.showTypedInLegend(layer.showResult(is)));
        vm.refresh(); // the title says at once how many items wait
    }

    /** The desk of a data directory: its review queue, its photos and the copies received from others. */
    public static ConflictsPage of(Workspace workspace, Messages messages, TaskRunner tasks, StatusLine status,
            MapPane map, PhotoImages images, DoubleSupplier fieldOfViewDegrees, Runnable onDecided) {
        ConflictsPage page = new ConflictsPage(messages, workspace::review, () -> lateEdits(workspace),
                () -> workspace.provenance().names(messages), tasks, status, map, previews(workspace, images),
                fieldOfViewDegrees, onDecided);
        page.vm.sayWhoseRecord(id -> workspace.sharing().namedCoordinator() ? null : workspace.provenance().authorOf(id));
        return page;
    }

    /** The workspace's late edits; null for a workspace that keeps none (nothing is then said of them). */
    private static LateEdits lateEdits(Workspace workspace) {
        try {
            return workspace.lateEdits();
        } catch (UnsupportedOperationException none) {
            return null;
        }
    }

    /**
     * A photo of either side of a desk's item: from the library, else the shared copy received in a
     * bundle (others' photos are never in the library). The duplicates page shows photos the same way.
     */
    public static DeskPhotos.Preview previews(Workspace workspace, PhotoImages images) {
        SharedPhotoStore received = new SharedPhotoStore(workspace.dataDirectory());
        return sha256 -> images.thumbnail(sha256).or(() -> receivedCopy(received, sha256));
    }

    /** A photo received in a bundle and not in the library: its shared copy, scaled down. */
    private static Optional<Image> receivedCopy(SharedPhotoStore received, String sha256) {
        Optional<Path> file;
        try {
            file = received.find(sha256);
        } catch (IllegalArgumentException notAHash) {
            return Optional.empty();
        }
        try {
            if (file.isEmpty() || Files.size(file.get()) > MAX_SHARED_PHOTO_BYTES) {
                return Optional.empty();
            }
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
        Image image = new Image(file.get().toUri().toString(), 128, 128, true, true, false);
        return image.isError() ? Optional.empty() : Optional.of(image);
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

    /** The desk wants room for both sides of an item: the map keeps a third of the window. */
    @Override
    public double mapShare() {
        return 0.36;
    }

    @Override
    public void shown() {
        showing = true;
        layer.setVisible(true);
        vm.refresh();
        showOnMap(vm.currentProperty().get());
        Platform.runLater(pane::requestFocus);
    }

    @Override
    public void hidden() {
        showing = false;
        layer.setVisible(false);
    }

    @Override
    public List<Shortcut> shortcuts() {
        return shortcuts(messages);
    }

    public ConflictsViewModel viewModel() {
        return vm;
    }

    public ConflictsPane pane() {
        return pane;
    }

    /** The desk's keys for the keyboard help, each said to be the desk's. */
    public static List<Shortcut> shortcuts(Messages messages) {
        List<Shortcut> keys = new java.util.ArrayList<>(DeskKey.all().stream().map(key -> new Shortcut(
                messages.get("help.in-desk", messages.get(key.shownKey())), key.labelKey())).toList());
        keys.add(new Shortcut(messages.get("help.in-desk", "A"), "review.late-edit.key.apply"));
        keys.add(new Shortcut(messages.get("help.in-desk", "X"), "review.late-edit.key.discard"));
        return keys;
    }

    /** The late edit of the item shown, if it is one, and its decisions. */
    public LateEditDesk lateEdit() {
        return lateEdit;
    }

    private void showOnMap(ReviewCase c) {
        if (c == null) {
            layer.clear();
            return;
        }
        layer.show(c.base(), c.mine(), c.theirs(), pane.mineName(c), pane.theirsName(c));
        pane.showTypedInLegend(layer.showResult(vm.resultProperty().get()));
        if (!showing) {
            return;
        }
        map.fitAround(c.mine().values().position(), c.theirs().values().position(), MAP_MARGIN_M);
    }
}
