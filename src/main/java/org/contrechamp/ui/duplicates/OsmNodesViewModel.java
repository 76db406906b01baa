package org.contrechamp.ui.duplicates;

import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

import org.contrechamp.core.duplicate.DuplicateService;
import org.contrechamp.core.duplicate.OsmNodeSuggestion;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.provenance.RecordNames;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.ui.common.TaskRunner;

/**
 * The sightings that are probably a camera already in OpenStreetMap, and the decision on the one in
 * view: it is that node (a link the OSM export turns into proposed changes of the node instead of a
 * new one), or it is not (never suggested for it again). Both are revisions of the sighting that travel
 * with the next sync. Searching and deciding run in the background; the queue changes on the UI thread.
 */
public final class OsmNodesViewModel {

    private final Supplier<DuplicateService> service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final RecordNames records;
    private final Runnable onDecided;
    private final DecisionQueue<OsmNodeSuggestion> queue = new DecisionQueue<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** What the last decision did, said again once the search that followed it is shown. */
    private String said = "";

    /** @param onDecided after a decision (a sighting changed: the window reloads it) */
    public OsmNodesViewModel(Supplier<DuplicateService> service, TaskRunner tasks, Messages messages, Runnable onDecided) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.records = new RecordNames(messages);
        this.onDecided = onDecided;
    }

    public ObservableList<OsmNodeSuggestion> items() {
        return queue.items();
    }

    public ObjectProperty<OsmNodeSuggestion> currentProperty() {
        return queue.current();
    }

    public IntegerProperty indexProperty() {
        return queue.index();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What a record is called on the page: "Camera · Dome · Rue Grimaldi". */
    public String name(Sighting s) {
        return records.name(s);
    }

    /** What a mapped camera is: "Camera · Fixed". */
    public String what(Sighting node) {
        return records.what(node);
    }

    /** Searches again (in the background). */
    public void refresh() {
        refreshThenSay("");
    }

    /** Searches again, then says what the last decision did (unless nothing is left to decide). */
    private void refreshThenSay(String afterwards) {
        busy.set(true);
        said = afterwards;
        status.set(messages.get("osm-nodes.page.loading"));
        tasks.submit("osm nodes", (progress, cancellation) -> service.get().osmSuggestions(cancellation), this::show,
                this::failed);
    }

    public void next() {
        queue.next();
    }

    public void previous() {
        queue.previous();
    }

    /** The sighting in view is that node. */
    public void link() {
        decide(true);
    }

    /** The sighting in view is another camera than that node. */
    public void notThisNode() {
        decide(false);
    }

    private void decide(boolean same) {
        OsmNodeSuggestion s = queue.current().get();
        if (s == null || busy.get()) {
            return;
        }
        busy.set(true);
        long node = s.node().nodeId();
        tasks.submit("osm node decision", (progress, cancellation) -> same
                ? service.get().linkToOsmNode(s.sighting().id(), node)
                : service.get().notOsmNode(s.sighting().id(), node), changed -> {
                    busy.set(false);
                    String done = messages.get(same ? "osm-nodes.page.linked" : "osm-nodes.page.refused", name(changed),
                            node);
                    onDecided.run();
                    if (same) {
                        status.set(done);
                        queue.removeIf(s::equals);
                    } else {
                        refreshThenSay(done); // another camera of the same pole may be the one now
                    }
                }, this::failed);
    }

    private void show(List<OsmNodeSuggestion> found) {
        busy.set(false);
        OsmNodeSuggestion was = queue.current().get();
        status.set(found.isEmpty() ? (said.isEmpty() ? "" : said + " ") + messages.get("osm-nodes.page.none") : said);
        queue.setAll(found, was == null ? 0 : indexOfSighting(found, was));
    }

    private static int indexOfSighting(List<OsmNodeSuggestion> found, OsmNodeSuggestion was) {
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).sighting().id().equals(was.sighting().id())) {
                return i;
            }
        }
        return -1;
    }

    private void failed(Throwable error) {
        busy.set(false);
        status.set(messages.get("osm-nodes.page.failed", DecisionFailure.describe(error, messages)));
    }
}
