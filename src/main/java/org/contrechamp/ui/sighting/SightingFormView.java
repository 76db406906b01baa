package org.contrechamp.ui.sighting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.contrechamp.core.area.OsmCameraMatch;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.DirectionParser;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.OperatorType;
import org.contrechamp.core.sighting.OsmValue;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.Status;
import org.contrechamp.core.sighting.SurveillanceArea;
import org.contrechamp.core.sighting.SurveillanceZone;
import org.contrechamp.ui.common.ValueChoices;

/**
 * The edit form of the selected sighting: a fitting control per field (value lists as drop-downs,
 * directions as text with a compass, dates as date pickers, OSM free text as text), the problem of
 * a wrong field written under it, and Save / Revert / Delete.
 */
public final class SightingFormView extends StackPane {

    private final Messages messages;
    private final SightingFormViewModel vm;
    private final GridPane grid = new GridPane();
    private final Label header = new Label();
    private final Label verbatim = new Label();
    private final Hyperlink inOsm = new Hyperlink();
    private final Label placeholder;
    private final VBox content;
    private final BorderPane scroll;
    private final HBox buttons;
    private final Label saving;
    private int row;

    public final Button save;
    public final Button revert;
    public final Button delete;

    /** @param today the volunteer's own day, for the check date's buttons: the workspace's local clock */
    public SightingFormView(Messages messages, SightingFormViewModel vm, Runnable onSave, Runnable onDelete,
            java.time.Clock today) {
        this.messages = messages;
        this.vm = vm;
        getStyleClass().add("sighting-form");

        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        // As wide as the longest label needs: French labels are longer than English ones.
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);

        header.getStyleClass().add("form-header");
        header.setWrapText(true); // "Observation 77f712f4 · révision 1 · position : Placée à la main"
        verbatim.getStyleClass().add("form-verbatim");
        verbatim.setWrapText(true);

        HBox position = new HBox(6, text("latitude", vm.latitude), text("longitude", vm.longitude));
        position.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        addRow("form.position", position, "latitude", "longitude");
        addRow("field.street", text("street", vm.street), "street");
        addRow("field.kind", choice("kind", Kind.class, vm.kind), "kind");
        addRow("field.area", choice("area", SurveillanceArea.class, vm.area), "area");
        addRow("field.zone", choice("zone", SurveillanceZone.class, vm.zone), "zone");
        addRow("field.cameraType", choice("cameraType", CameraType.class, vm.cameraType), "cameraType");
        addRow("field.mount", choice("mount", CameraMount.class, vm.mount), "mount");
        addRow("field.directions", directions(), "directions");
        HBox tiltHeight = new HBox(6, text("tilt", vm.tilt), new Label(messages.get("field.height")),
                text("height", vm.height));
        addRow("form.tilt-degrees", tiltHeight, "tilt", "height");
        addRow("field.operator", text("operator", vm.operator), "operator");
        addRow("field.operatorType", choice("operatorType", OperatorType.class, vm.operatorType), "operatorType");
        addRow("field.manufacturer", text("manufacturer", vm.manufacturer), "manufacturer");
        addRow("field.model", text("model", vm.model), "model");
        addRow("field.surveyDate", date("surveyDate", vm.surveyDate), "surveyDate");
        addRow("field.checkDate", RecheckButtons.under(date("checkDate", vm.checkDate), vm, messages, today),
                "checkDate");
        ComboBox<Status> status = ValueChoices.comboBox(Status.class, messages, false);
        status.valueProperty().bindBidirectional(vm.status);
        status.setAccessibleText(messages.get("field.status"));
        CheckBox draft = new CheckBox(messages.get("field.draft"));
        draft.selectedProperty().bindBidirectional(vm.draft);
        addRow("field.status", new HBox(12, status, draft), "status");
        CheckBox keepOutOfOsm = new CheckBox(messages.get("field.keepOutOfOsm"));
        keepOutOfOsm.selectedProperty().bindBidirectional(vm.keepOutOfOsm);
        keepOutOfOsm.setTooltip(new javafx.scene.control.Tooltip(messages.get("form.keep-out-of-osm-help")));
        addRow("form.osm", keepOutOfOsm, "extraTags." + org.contrechamp.core.sighting.OsmChoice.KEY);
        addRow("field.fixme", text("fixme", vm.fixme), "fixme");
        TextArea note = new TextArea();
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.note);
        note.setAccessibleText(messages.get("field.note"));
        addRow("field.note", note, "note");

        save = new Button(messages.get("form.save"));
        save.setDefaultButton(true);
        save.setOnAction(e -> onSave.run());
        save.disableProperty().bind(vm.dirtyProperty().not());
        revert = new Button(messages.get("form.revert"));
        revert.setOnAction(e -> vm.load(vm.sourceProperty().get()));
        revert.disableProperty().bind(vm.dirtyProperty().not());
        delete = new Button(messages.get("form.delete"));
        delete.getStyleClass().add("delete-button");
        delete.setOnAction(e -> onDelete.run());
        delete.setMinWidth(Region.USE_PREF_SIZE); // the line beside it wraps; the button keeps its word
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // Edits save themselves a moment after typing (and Ctrl+Z takes them back): Save and Revert
        // would only ask a question that is already answered, so a line says so in their place.
        for (Button unneeded : new Button[] {save, revert}) {
            unneeded.setVisible(false);
            unneeded.setManaged(false);
        }
        saving = new Label(messages.get("form.saves-itself"));
        saving.getStyleClass().add("form-help");
        saving.setWrapText(true);
        saving.setId("form-saves-itself");
        HBox.setHgrow(saving, Priority.SOMETIMES);
        // Below the scrolling fields, in view on a small screen too.
        buttons = new HBox(8, save, revert, saving, gap, delete);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        buttons.getStyleClass().add("form-buttons");
        buttons.setPadding(new Insets(8, 10, 8, 10));

        inOsm.getStyleClass().add("form-in-osm");
        inOsm.setWrapText(true);
        inOsm.setVisible(false);
        inOsm.setManaged(false);
        content = new VBox(8, header, inOsm, grid, verbatim);
        content.setPadding(new Insets(10));
        ScrollPane scrolling = new ScrollPane(content);
        scrolling.setFitToWidth(true);
        scroll = new BorderPane(scrolling, null, null, buttons, null);
        placeholder = new Label(messages.get("form.placeholder"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("form-placeholder");
        getChildren().addAll(scroll, placeholder);

        vm.sourceProperty().addListener((obs, was, is) -> refresh(is));
        refresh(vm.sourceProperty().get());
    }

    private void refresh(Sighting s) {
        boolean empty = s == null;
        content.setDisable(empty);
        buttons.setDisable(empty);
        scroll.setVisible(!empty);
        placeholder.setVisible(empty);
        if (s != null) {
            header.setText(messages.get("form.header", s.id().toString().substring(0, 8), s.revision(),
                    messages.get(s.position().source().labelKey())));
            Map<String, String> kept = vm.verbatimTags();
            verbatim.setText(kept.isEmpty() ? "" : messages.get("form.verbatim", kept.toString()));
            verbatim.setVisible(!kept.isEmpty());
            verbatim.setManaged(!kept.isEmpty());
        }
    }

    /**
     * For a data directory opened to look at only: the fields show their values, can be read and
     * copied, and take no typing; the choices and Delete are disabled.
     */
    public void lookOnly() {
        lockFields(grid);
        delete.setDisable(true);
        delete.disableProperty().addListener((obs, was, is) -> delete.setDisable(true));
        saving.setVisible(false);
        placeholder.setText(messages.get("form.placeholder-look-only"));
    }

    private static void lockFields(javafx.scene.Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof TextInputControl input) {
                input.setEditable(false);
            } else if (child instanceof javafx.scene.control.ComboBoxBase<?>
                    || child instanceof javafx.scene.control.ButtonBase) {
                child.setDisable(true);
            } else if (child instanceof javafx.scene.Parent inner) {
                lockFields(inner);
            }
        }
    }

    /** Puts the photos of the sighting (a strip of thumbnails) at the top of the form. */
    public void setPhotos(Node strip) {
        Label label = new Label(messages.get("field.photos"));
        label.getStyleClass().add("form-label");
        content.getChildren().add(2, new VBox(4, label, strip));
    }

    /**
     * Says the sighting is probably already in OpenStreetMap (a camera node within 10 m), with a link
     * to the node; {@code null} hides it.
     */
    public void showAlreadyInOsm(OsmCameraMatch match, Consumer<String> openLink) {
        boolean show = match != null;
        inOsm.setVisible(show);
        inOsm.setManaged(show);
        if (show) {
            inOsm.setText(messages.get("form.in-osm", Long.toString(match.camera().nodeId()),
                    Math.round(match.distanceMeters())));
            inOsm.setOnAction(e -> openLink.accept(match.camera().url()));
        }
    }

    private Node directions() {
        TextField field = text("directions", vm.directions);
        field.setPromptText("90;180");
        CompassPicker compass = new CompassPicker(messages.get("form.compass"), messages.get("compass.cardinals"));
        // The text is the truth; the compass shows it and writes back what the user points at.
        vm.directions.addListener((obs, was, is) -> {
            DirectionParser.Result parsed = DirectionParser.parse(is);
            compass.directionsProperty().set(parsed.readable() ? parsed.directions() : List.of());
        });
        compass.directionsProperty().addListener((obs, was, is) -> {
            String text = DirectionParser.format(is);
            if (!text.equals(vm.directions.get())) {
                vm.directions.set(text);
            }
        });
        Label help = new Label(messages.get("form.compass-help"));
        help.getStyleClass().add("form-help");
        help.setWrapText(true);
        // Under the compass, not beside it: beside it, compass and help were wider than the survey page
        // at 1400 pixels, and a sideways scroll bar hid the end of every field.
        VBox box = new VBox(4, field, compass, help);
        return box;
    }

    private TextField text(String field, StringProperty property) {
        TextField control = new TextField();
        bindText(control, property, field);
        return control;
    }

    private void bindText(TextInputControl control, StringProperty property, String field) {
        control.textProperty().bindBidirectional(property);
        control.setAccessibleText(messages.fieldLabel(field));
        control.setId("field-" + field);
    }

    private <E extends Enum<E> & OsmValue> ComboBox<E> choice(String field,
            Class<E> type, Property<E> property) {
        ComboBox<E> box = ValueChoices.comboBox(type, messages, true);
        box.valueProperty().bindBidirectional(property);
        box.setAccessibleText(messages.fieldLabel(field));
        box.setId("field-" + field);
        return box;
    }

    private DatePicker date(String field, Property<LocalDate> property) {
        DatePicker picker = new DatePicker();
        picker.valueProperty().bindBidirectional(property);
        picker.setAccessibleText(messages.fieldLabel(field));
        picker.setId("field-" + field);
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    /** A label, the control, and under it a line for the problems of the named fields. */
    private void addRow(String labelKey, Node control, String... fields) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(control);
        label.getStyleClass().add("form-label");
        // Beside the first line of its control: a tall control (directions and their compass) must not
        // push its label down out of sight.
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new javafx.geometry.Insets(7, 0, 0, 0));
        grid.add(label, 0, row);
        grid.add(control, 1, row);
        GridPane.setFillWidth(control, true);
        row++;
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        vm.errors().addListener((MapChangeListener<String, String>) change -> {
            StringBuilder text = new StringBuilder();
            for (String f : fields) {
                String message = vm.errors().get(f);
                if (message != null) {
                    text.append(text.length() > 0 ? "\n" : "").append(messages.fieldLabel(f)).append(" — ")
                            .append(message);
                }
            }
            error.setText(text.toString());
            error.setVisible(text.length() > 0);
            error.setManaged(text.length() > 0);
        });
        grid.add(error, 1, row);
        row++;
    }
}
