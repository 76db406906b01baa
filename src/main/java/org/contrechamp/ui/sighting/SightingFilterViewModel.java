package org.contrechamp.ui.sighting;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.util.Duration;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingFilter;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskRunner;

/**
 * What the list and the map show: all sightings narrowed by the filter. Field filters are checked in
 * memory as the list changes; words go to the full-text index in the background, a moment after the
 * last keystroke, and again after edits (an edited operator may now match).
 */
public final class SightingFilterViewModel {

    private final SightingService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StatusLine status;
    private final ObjectProperty<SightingFilter> filter = new SimpleObjectProperty<>(SightingFilter.NONE);
    private final FilteredList<Sighting> visible;
    private final PauseTransition typing;
    private final Supplier<Map<UUID, String>> authorOf;
    private Set<UUID> textMatches;
    private Map<UUID, String> authors = Map.of();
    private long searchGeneration;

    /**
     * @param authorOf who made each sighting that came in a bundle (signer fingerprint); blocking, run in
     *                 the background; sightings made here are absent from it
     */
    public SightingFilterViewModel(ObservableList<Sighting> all, SightingService service,
            Supplier<Map<UUID, String>> authorOf, TaskRunner tasks, Messages messages, StatusLine status,
            boolean debounce) {
        this.service = service;
        this.authorOf = authorOf;
        this.tasks = tasks;
        this.messages = messages;
        this.status = status;
        this.visible = new FilteredList<>(all);
        // (A transition needs the FX toolkit: view-model tests, without it, search at once.)
        this.typing = debounce ? new PauseTransition(Duration.millis(250)) : null;
        if (typing != null) {
            typing.setOnFinished(e -> searchText());
        }
        filter.addListener((obs, was, is) -> {
            if (is.hasAuthors() && !was.hasAuthors()) {
                loadAuthors();
            }
            if (!is.text().equals(was.text())) {
                if (debounce) {
                    typing.playFromStart();
                } else {
                    searchText();
                }
            } else {
                apply();
            }
        });
        all.addListener((ListChangeListener<Sighting>) c -> {
            if (filter.get().hasAuthors()) {
                loadAuthors();
            }
            if (filter.get().hasText()) {
                if (debounce) {
                    typing.playFromStart();
                } else {
                    searchText();
                }
            }
        });
    }

    public ObjectProperty<SightingFilter> filterProperty() {
        return filter;
    }

    /** The sightings that pass the filter, kept up to date with the list. */
    public FilteredList<Sighting> visible() {
        return visible;
    }

    public void clear() {
        filter.set(SightingFilter.NONE);
    }

    private void searchText() {
        SightingFilter current = filter.get();
        long generation = ++searchGeneration;
        if (!current.hasText()) {
            textMatches = null;
            apply();
            return;
        }
        tasks.submit("search sightings", (p, c) -> service.idsMatchingText(current.text()), ids -> {
            if (generation == searchGeneration) {
                textMatches = ids;
                apply();
            }
        }, e -> status.error(ErrorMessages.describe(messages, e)));
    }

    private void loadAuthors() {
        tasks.submit("authors of sightings", (p, c) -> authorOf.get(), map -> {
            authors = map;
            apply();
        }, e -> status.error(ErrorMessages.describe(messages, e)));
    }

    private void apply() {
        SightingFilter current = filter.get();
        Set<UUID> words = current.hasText() ? textMatches : null;
        Map<UUID, String> by = authors;
        if (current.isEmpty()) {
            visible.setPredicate(null);
        } else {
            visible.setPredicate(s -> current.matchesFields(s) && (words == null || words.contains(s.id()))
                    && (!current.hasAuthors()
                        || current.authors().contains(by.getOrDefault(s.id(), SightingFilter.LOCAL_AUTHOR))));
        }
    }
}
