package org.contrechamp.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The window's navigation, without any view: the pages in the order of the navigation bar, the one
 * shown, the key that opens each (Ctrl+1 for the first … Ctrl+9 for the ninth), and the page to come
 * back to next time. Plain properties, so it is tested without the toolkit.
 */
public final class Pages {

    /** Ctrl+1 … Ctrl+9: pages after the ninth are reached from the bar and the menu only. */
    public static final int WITH_KEYS = 9;

    private final List<Page> pages = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Page> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final Consumer<String> remember;
    private boolean navigated;

    /** @param remember told the id of each page shown (to open it first next time) */
    public Pages(Consumer<String> remember) {
        this.remember = remember;
    }

    /** Adds a page at the end of the bar; the first page added is shown until another is asked for. */
    public void add(Page page) {
        if (find(page.id()).isPresent()) {
            throw new IllegalArgumentException("two pages with the id " + page.id());
        }
        pages.add(page);
        if (current.get() == null) {
            show(page, false);
        }
    }

    public List<Page> all() {
        return List.copyOf(pages);
    }

    public ReadOnlyObjectProperty<Page> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Page current() {
        return current.get();
    }

    public Optional<Page> find(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Shows the page of that id; false (nothing changes) when there is none. */
    public boolean show(String id) {
        Optional<Page> page = find(id);
        page.ifPresent(p -> show(p, true));
        return page.isPresent();
    }

    /** Shows the page at that place of the bar (0 for the first); false when there is none. */
    public boolean show(int index) {
        if (index < 0 || index >= pages.size()) {
            return false;
        }
        show(pages.get(index), true);
        return true;
    }

    /**
     * The page remembered from last time, once it is known (read in the background): shown unless the
     * user already went to another page meanwhile, or it no longer exists (a page of an older version).
     */
    public void restore(String id) {
        if (!navigated && id != null) {
            find(id).ifPresent(p -> show(p, false));
        }
    }

    /** The place of a page in the bar, from 0. */
    public int indexOf(Page page) {
        return pages.indexOf(page);
    }

    /** The digit of the key that opens a page (1 … 9), or 0 when it has none. */
    public int keyOf(Page page) {
        int index = pages.indexOf(page);
        return index >= 0 && index < WITH_KEYS ? index + 1 : 0;
    }

    private void show(Page page, boolean byUser) {
        navigated |= byUser;
        Page was = current.get();
        if (was == page) {
            return;
        }
        if (was != null) {
            was.hidden();
        }
        current.set(page);
        page.shown();
        if (byUser) {
            remember.accept(page.id());
        }
    }
}
