package org.contrechamp.ui.sighting;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.OsmValue;
import org.contrechamp.core.sighting.SightingFilter;
import org.contrechamp.core.sighting.Status;

/** The search field and the filter menu above the list of sightings. */
public final class SightingFilterBar extends HBox {

    private final TextField search = new TextField();
    private final MenuButton filters;

    /** Someone sightings can come from: this computer, or a signer of bundles. */
    public record Author(String id, String label) {
    }

    /**
     * @param authors lists the possible authors when the menu opens (may be slow: the caller runs it in
     *                the background and hands the answer to the consumer)
     */
    public SightingFilterBar(Messages messages, SightingFilterViewModel vm,
            Consumer<Consumer<List<Author>>> authors) {
        super(6);
        setPadding(new Insets(6));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("filter-bar");
        search.setPromptText(messages.get("search.prompt"));
        // The prompt is cut where the list is narrow (French is longer): the tooltip says it whole.
        search.setTooltip(new javafx.scene.control.Tooltip(messages.get("search.prompt")));
        search.setAccessibleText(messages.get("search.accessible"));
        search.setId("search");
        search.textProperty().addListener((obs, was, is) -> vm.filterProperty().set(vm.filterProperty().get().withText(is)));
        HBox.setHgrow(search, Priority.ALWAYS);

        filters = new MenuButton(messages.get("filter.button"));
        filters.setId("filters");
        // The search field gives way, not the words of the buttons ("Filt…", "Effa…" in French).
        filters.setMinWidth(Region.USE_PREF_SIZE);
        filters.setAccessibleText(messages.get("filter.button"));
        addChoices(messages, "field.kind", Kind.class, vm, SightingFilter::kinds, SightingFilter::withKinds);
        filters.getItems().add(new SeparatorMenuItem());
        addChoices(messages, "field.cameraType", CameraType.class, vm, SightingFilter::cameraTypes,
                SightingFilter::withCameraTypes);
        filters.getItems().add(new SeparatorMenuItem());
        addChoices(messages, "field.status", Status.class, vm, SightingFilter::statuses, SightingFilter::withStatuses);
        filters.getItems().add(new SeparatorMenuItem());
        ToggleGroup review = new ToggleGroup();
        for (Boolean draft : new Boolean[] {null, true, false}) {
            RadioMenuItem item = new RadioMenuItem(messages.get(draft == null ? "filter.draft-any"
                    : draft ? "filter.draft-only" : "filter.reviewed-only"));
            item.setToggleGroup(review);
            item.setSelected(draft == null);
            item.setOnAction(e -> vm.filterProperty().set(vm.filterProperty().get().withDraft(draft)));
            filters.getItems().add(item);
        }
        filters.getItems().add(new SeparatorMenuItem());
        Menu byAuthor = new Menu(messages.get("filter.author"));
        byAuthor.getItems().add(new MenuItem(messages.get("filter.author-loading")));
        filters.getItems().add(byAuthor);
        filters.setOnShowing(e -> authors.accept(list -> {
            byAuthor.getItems().clear();
            for (Author author : list) {
                CheckMenuItem item = new CheckMenuItem(author.label());
                item.setSelected(vm.filterProperty().get().authors().contains(author.id()));
                item.setOnAction(a -> {
                    Set<String> chosen = new HashSet<>(vm.filterProperty().get().authors());
                    if (item.isSelected()) {
                        chosen.add(author.id());
                    } else {
                        chosen.remove(author.id());
                    }
                    vm.filterProperty().set(vm.filterProperty().get().withAuthors(chosen));
                });
                byAuthor.getItems().add(item);
            }
        }));
        filters.getItems().add(new SeparatorMenuItem());
        DatePicker from = new DatePicker();
        DatePicker to = new DatePicker();
        from.setPromptText(messages.get("filter.from"));
        to.setPromptText(messages.get("filter.to"));
        from.setAccessibleText(messages.get("filter.from"));
        to.setAccessibleText(messages.get("filter.to"));
        Runnable dates = () -> vm.filterProperty().set(vm.filterProperty().get().withDates(from.getValue(), to.getValue()));
        from.valueProperty().addListener((obs, was, is) -> dates.run());
        to.valueProperty().addListener((obs, was, is) -> dates.run());
        CustomMenuItem dateItem = new CustomMenuItem(new VBox(4, new Label(messages.get("filter.dates")), from, to), false);
        filters.getItems().add(dateItem);

        Button clear = new Button(messages.get("filter.clear"));
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(e -> {
            search.clear();
            from.setValue(null);
            to.setValue(null);
            review.getToggles().get(0).setSelected(true);
            filters.getItems().stream().filter(i -> i instanceof CheckMenuItem)
                    .forEach(i -> ((CheckMenuItem) i).setSelected(false));
            vm.clear();
        });
        clear.disableProperty().bind(vm.filterProperty().isEqualTo(SightingFilter.NONE));
        vm.filterProperty().addListener((obs, was, is) -> {
            boolean narrowed = !is.withText("").isEmpty();
            filters.setText(messages.get(narrowed ? "filter.button-active" : "filter.button"));
        });
        getChildren().addAll(search, filters, clear);
    }

    /** Focuses the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private <E extends Enum<E> & OsmValue> void addChoices(Messages messages, String titleKey, Class<E> type,
            SightingFilterViewModel vm, Function<SightingFilter, Set<E>> get,
            BiFunction<SightingFilter, Set<E>, SightingFilter> set) {
        CustomMenuItem title = new CustomMenuItem(new Label(messages.get(titleKey)), false);
        title.getStyleClass().add("filter-title");
        filters.getItems().add(title);
        for (E value : type.getEnumConstants()) {
            CheckMenuItem item = new CheckMenuItem(messages.get(value.labelKey()));
            item.setOnAction(e -> {
                Set<E> chosen = new HashSet<>(get.apply(vm.filterProperty().get()));
                if (item.isSelected()) {
                    chosen.add(value);
                } else {
                    chosen.remove(value);
                }
                vm.filterProperty().set(set.apply(vm.filterProperty().get(), chosen.isEmpty() ? EnumSet.noneOf(type)
                        : EnumSet.copyOf(chosen)));
            });
            filters.getItems().add(item);
        }
    }
}
