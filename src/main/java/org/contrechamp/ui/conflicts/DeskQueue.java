package org.contrechamp.ui.conflicts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.review.ReviewService;
import org.contrechamp.ui.common.TaskRunner;

/**
 * The review queue as the desk holds it: the open items, and the cases read so far. Cases are read in
 * the background, each once, and those of the items around the one shown are read ahead, so that
 * stepping to the next item never waits for the database. Used from the UI thread only.
 */
final class DeskQueue {

    /** Hears when a case has been read (or could not be). */
    interface Reader {
        void read(ReviewCase found);

        /** The queue listed the item, but it can no longer be shown: it was decided elsewhere. */
        void gone(long id);

        void failed(long id, Throwable error);
    }

    private final Supplier<ReviewService> services;
    private final TaskRunner reads;
    private final ObservableList<ReviewItem> items = FXCollections.observableArrayList();
    private final Map<Long, ReviewCase> cases = new HashMap<>();
    private final Set<Long> fetching = new HashSet<>();

    /** @param services the review queue; it may give null (no queue here): then it is empty */
    DeskQueue(Supplier<ReviewService> services, TaskRunner reads) {
        this.services = services;
        this.reads = reads;
    }

    ObservableList<ReviewItem> items() {
        return items;
    }

    /**
     * Reads the open items again. Cases of items that closed, or that changed since they were read
     * (more arrived for them), are forgotten.
     *
     * @param onRead given the ids whose case was forgotten, once the items are in place
     */
    void refresh(Consumer<Set<Long>> onRead, Consumer<Throwable> onFailure) {
        reads.submit("review queue", (p, c) -> {
            ReviewService service = services.get();
            return service == null ? List.<ReviewItem>of() : service.open();
        }, open -> {
            Map<Long, ReviewItem> now = new HashMap<>();
            open.forEach(item -> now.put(item.id(), item));
            Set<Long> stale = new HashSet<>();
            for (ReviewItem was : items) {
                if (!was.equals(now.get(was.id()))) {
                    stale.add(was.id());
                }
            }
            cases.keySet().removeIf(id -> stale.contains(id) || !now.containsKey(id));
            items.setAll(open);
            onRead.accept(stale);
        }, onFailure);
    }

    /** The case of an item, if read already. */
    Optional<ReviewCase> known(long id) {
        return Optional.ofNullable(cases.get(id));
    }

    /** Reads an item's case in the background (once, however often asked). */
    void fetch(long id, Reader reader) {
        if (!fetching.add(id)) {
            return;
        }
        reads.submit("review case", (p, c) -> {
            ReviewService service = services.get();
            return service == null ? Optional.<ReviewCase>empty() : service.show(id);
        }, found -> {
            fetching.remove(id);
            if (indexOf(id) < 0) {
                return; // decided meanwhile
            }
            if (found.isEmpty()) {
                reader.gone(id);
                return;
            }
            cases.put(id, found.get());
            reader.read(found.get());
        }, error -> {
            fetching.remove(id);
            reader.failed(id, error);
        });
    }

    /** Reads ahead the cases of the items next to the one at {@code index}, next first. */
    void readAround(int index, Reader reader) {
        for (int i : new int[] {index + 1, index - 1, index + 2}) {
            if (i >= 0 && i < items.size() && !cases.containsKey(items.get(i).id())) {
                fetch(items.get(i).id(), reader);
            }
        }
    }

    /** An item leaves the queue (decided, or gone). */
    void remove(long id) {
        int index = indexOf(id);
        if (index >= 0) {
            items.remove(index);
        }
        cases.remove(id);
    }

    /** A record changed: what the other items of it said of this side is out of date. */
    void forgetCasesOf(UUID sightingId) {
        items.stream().filter(item -> item.sightingId().equals(sightingId)).map(ReviewItem::id).toList()
                .forEach(cases::remove);
    }

    int indexOf(Long id) {
        if (id == null) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }
}
