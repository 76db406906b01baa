package org.contrechamp.ui.conflicts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.TypedValues;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.review.ReviewKind;
import org.contrechamp.core.sighting.Sighting;

/**
 * The conflicts desk on screen: which item of how many, what it is and who sent it, the case field by
 * field, the choice keys, the value being typed, both photo sets, the map's legend, the comment and
 * the decision. Works entirely from the keyboard ({@link DeskKey}); every key is written on its button.
 */
public final class ConflictsPane extends VBox {

    private final Messages messages;
    private final ConflictsViewModel vm;
    private final DeskPhotos photos;
    private final DeskGrid grid;
    private final Label counter = new Label();
    private final Label summary = new Label();
    private final Label reasons = new Label();
    private final Label explanation = new Label();
    private final Label left = new Label();
    private final Label editorTitle = new Label();
    private final TextField editor = new TextField();
    private final Label editorProblem = new Label();
    private final Label editorForm = new Label();
    private final HBox editorRow;
    private final Label legendTheirs = new Label();
    private final Label legendMine = new Label();
    private final Label legendTyped = new Label();
    private final TextField comment = new TextField();
    private final VBox body;
    private final Label empty;
    private final Label loading;
    private final DateTimeFormatter when;
    private boolean swallowTyped;

    public ConflictsPane(Messages messages, ConflictsViewModel vm, DeskPhotos photos) {
        super(8);
        this.messages = messages;
        this.vm = vm;
        this.photos = photos;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        getStyleClass().add("conflicts-desk");
        setPadding(new Insets(8));
        setFocusTraversable(true);
        setAccessibleText(messages.get("review.desk.accessible"));

        counter.getStyleClass().add("review-counter");
        summary.getStyleClass().add("cell-detail");
        summary.setWrapText(true);
        // The counter and the two buttons share a line while it is wide enough; then the buttons go
        // under it, whole: neither the place in the queue nor a key's name is ever cut short.
        counter.setMinWidth(Region.USE_PREF_SIZE);
        HBox moves = new HBox(6, button(DeskKey.PREVIOUS), button(DeskKey.NEXT));
        moves.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane header = new javafx.scene.layout.FlowPane(18, 4, counter, moves);
        header.setAlignment(Pos.CENTER_LEFT);
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        explanation.getStyleClass().add("desk-explanation");
        reasons.setWrapText(true);
        reasons.setMinHeight(Region.USE_PREF_SIZE);
        reasons.getStyleClass().add("desk-reasons");
        reasons.managedProperty().bind(reasons.textProperty().isNotEmpty());
        reasons.visibleProperty().bind(reasons.managedProperty());

        grid = new DeskGrid(messages, new DeskGrid.Clicks() {
            @Override
            public void focus(MergeField field) {
                vm.focus(field);
                requestFocus();
            }

            @Override
            public void choose(MergeField field, org.contrechamp.core.merge.Choice choice) {
                vm.focus(field);
                if (choice instanceof org.contrechamp.core.merge.Choice.Theirs) {
                    vm.chooseTheirs();
                } else {
                    vm.chooseMine();
                }
                requestFocus();
            }
        });
        VBox.setVgrow(grid, Priority.ALWAYS);
        grid.setMinHeight(180);

        Button type = button(DeskKey.TYPE);
        type.disableProperty().bind(vm.focusedTypeableProperty().not());
        FlowPane choiceKeys = new FlowPane(4, 4, button(DeskKey.MINE), button(DeskKey.THEIRS), type,
                button(DeskKey.ALL_MINE), button(DeskKey.ALL_THEIRS));

        editorTitle.getStyleClass().add("form-label");
        editorTitle.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(editor, Priority.ALWAYS);
        editor.setOnAction(e -> keepTyped());
        editorProblem.getStyleClass().add("form-error");
        editorProblem.setWrapText(true);
        editorProblem.setMinHeight(Region.USE_PREF_SIZE); // wrapped in full, not cut to one line with "…"
        editorProblem.managedProperty().bind(editorProblem.textProperty().isNotEmpty());
        editorProblem.visibleProperty().bind(editorProblem.managedProperty());
        Label editorHelp = new Label(messages.get("review.desk.type-help"));
        editorHelp.getStyleClass().add("form-help");
        editorHelp.setWrapText(true);
        editorRow = new HBox(6, editorTitle, editor);
        editorRow.setAlignment(Pos.CENTER_LEFT);
        editorForm.getStyleClass().add("form-help");
        editorForm.setWrapText(true);
        editorForm.setMinHeight(Region.USE_PREF_SIZE);
        editorForm.managedProperty().bind(editorForm.textProperty().isNotEmpty());
        editorForm.visibleProperty().bind(editorForm.managedProperty());
        VBox editorBox = new VBox(2, editorRow, editorProblem, editorForm, editorHelp);
        editorBox.visibleProperty().bind(vm.editingProperty().isNotNull());
        editorBox.managedProperty().bind(editorBox.visibleProperty());

        comment.setPromptText(messages.get("review.desk.comment-prompt"));
        comment.textProperty().bindBidirectional(vm.commentProperty());
        comment.setOnAction(e -> requestFocus());
        Button decide = button(DeskKey.DECIDE);
        decide.getStyleClass().remove("review-key");
        decide.getStyleClass().add("accent");
        decide.disableProperty().bind(vm.readyProperty().not().or(vm.decidingProperty()));
        left.getStyleClass().add("form-help");
        left.setMinWidth(Region.USE_PREF_SIZE);
        // The comment has the page's width to itself: beside the count and the button, its hint (what
        // the comment is for, and its key) was cut in both languages at the window's first size.
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox decideRow = new HBox(6, push, left, decide);
        decideRow.setAlignment(Pos.CENTER_RIGHT);
        VBox decision = new VBox(6, comment, decideRow);

        body = new VBox(8, header, summary, explanation, reasons, grid, choiceKeys, editorBox, photos, legend(), decision);
        VBox.setVgrow(body, Priority.ALWAYS);
        empty = placeholder(messages.get("review.desk.empty"));
        loading = placeholder(messages.get("review.desk.loading"));
        StackPane main = new StackPane(body, empty, loading);
        VBox.setVgrow(main, Priority.ALWAYS);
        getChildren().add(main);

        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        // E and C put the keyboard in a text field as they are pressed: the letter they then type is theirs.
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_RELEASED, e -> swallowTyped = false);
        setOnMouseClicked(e -> {
            if (!(e.getTarget() instanceof TextInputControl)) {
                requestFocus();
            }
        });
        vm.rows().addListener((ListChangeListener<DeskRow>) c -> showRows());
        vm.currentProperty().addListener((obs, was, is) -> showCase(is));
        vm.positionProperty().addListener((obs, was, is) -> showCounter());
        vm.decidedCountProperty().addListener((obs, was, is) -> showCounter());
        vm.items().addListener((ListChangeListener<Object>) c -> showCounter());
        vm.loadingProperty().addListener((obs, was, is) -> showState());
        vm.loadedProperty().addListener((obs, was, is) -> showState());
        vm.editingProperty().addListener((obs, was, is) -> showEditor(is));
        showCase(vm.currentProperty().get());
    }

    ConflictsViewModel vm() {
        return vm;
    }

    /**
     * Puts {@code notice} under the item's explanation; while {@code replaces} holds, the notice says
     * what the item is instead (a late edit of a merged record is no plain deletion against an edit).
     */
    void addNotice(Node notice, javafx.beans.value.ObservableBooleanValue replaces) {
        int at = body.getChildren().indexOf(explanation) + 1;
        body.getChildren().add(at, notice);
        explanation.visibleProperty().bind(javafx.beans.binding.Bindings.not(replaces));
        explanation.managedProperty().bind(explanation.visibleProperty());
    }

    /** E or Enter: types the result of the focused line (the view model says why not for a non-text). */
    void openEditor() {
        vm.startTyping();
    }

    /** C: the comment, typed in its field; Enter or Esc gives the keys back to the desk. */
    void focusComment() {
        comment.requestFocus();
    }

    /** The desk's keys, unless a text field has the keyboard (then they are letters); Ctrl+Enter always decides. */
    private void key(KeyEvent e) {
        if (DeskKey.DECIDE.matches(e)) {
            if (vm.editingProperty().get() != null && !keepTyped()) {
                e.consume();
                return;
            }
            vm.decide();
            // Decided from the comment: the next item's keys are the desk's again, not letters of a comment.
            if (e.getTarget() instanceof TextInputControl) {
                requestFocus();
            }
            e.consume();
            return;
        }
        if (e.getTarget() instanceof TextInputControl) {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.cancelTyping();
                requestFocus();
                e.consume();
            }
            return;
        }
        for (DeskKey key : DeskKey.all()) {
            if (key.matches(e)) {
                key.action().accept(this);
                swallowTyped = getScene() != null && getScene().getFocusOwner() instanceof TextInputControl;
                e.consume();
                return;
            }
        }
    }

    private boolean keepTyped() {
        MergeField typed = vm.editingProperty().get();
        boolean kept = vm.type(editor.getText());
        editorProblem.setText(kept ? "" : vm.rows().stream().filter(r -> r.field().equals(typed))
                .map(DeskRow::problem).filter(java.util.Objects::nonNull).findFirst().orElse(""));
        if (kept) {
            requestFocus();
        }
        return kept;
    }

    private void showEditor(MergeField field) {
        editorProblem.setText("");
        if (field == null) {
            if (editor.isFocused()) {
                requestFocus();
            }
            return;
        }
        editorTitle.setText(messages.get("review.desk.type-title", labelOf(field)));
        // A direction or a height is typed as its tag is written; the form is said before the first refusal.
        String form = TypedValues.formOf(field);
        editorForm.setText(form.isEmpty() ? "" : messages.get("review.desk.type-form", form));
        editor.setText(vm.typingStart());
        editor.requestFocus();
        editor.selectAll();
    }

    private String labelOf(MergeField field) {
        return vm.rows().stream().filter(r -> r.field().equals(field)).map(DeskRow::label).findFirst()
                .orElse(field.path());
    }

    private void showCase(ReviewCase c) {
        showState();
        showCounter();
        if (c == null) {
            return;
        }
        Sighting s = c.mine().values();
        String who = c.item().signerName();
        // Who created the record, beside who sent this side: a proposal waits for its author or a coordinator.
        String author = c.item().author() == null ? ""
                : " · " + messages.get("review.desk.created-by", c.item().author().nameOrYouIn(messages));
        summary.setText(describe(s) + author + " · "
                + messages.get("review.desk.from", who, when.format(c.item().detectedAt())));
        int decisions = c.merge().conflicts().size();
        explanation.getStyleClass().removeAll("desk-explanation-conflict", "desk-explanation-proposal",
                "desk-explanation-collision");
        explanation.getStyleClass().add("desk-explanation-" + kindName(c.item().kind()));
        String explained = explanationKey(c);
        // Around a deletion, the count is of the lines besides it.
        explanation.setText(messages.get(explained, who, explained.contains(".deleted-") ? decisions - 1 : decisions));
        reasons.setText(org.contrechamp.core.review.TheirReasons.said(messages, c));
        boolean proposal = c.item().kind() == ReviewKind.PROPOSAL;
        photos.show(messages.get(proposal ? "review.desk.photos-now" : "review.desk.photos-mine"), s.photos(),
                messages.get(proposal ? "review.desk.photos-proposed" : "review.desk.photos-theirs", who),
                c.theirs().values().photos());
        legendMine.setText(mineName(c));
        legendTheirs.setText(theirsName(c));
        // Its lines follow (the view model sets them just after): laid out once, then.
    }

    /** A deletion against an edit is said as such: "changed one field differently" would hide it. */
    private static String explanationKey(ReviewCase c) {
        if (c.item().kind() == ReviewKind.CONFLICT && c.merge().conflictOn(MergeField.DELETION).isPresent()) {
            return c.mine().deleted() ? "review.desk.explain.deleted-here" : "review.desk.explain.deleted-there";
        }
        return "review.desk.explain." + kindName(c.item().kind());
    }

    /** The name of this side's column and marker. */
    String mineName(ReviewCase c) {
        return messages.get(c.item().kind() == ReviewKind.PROPOSAL ? "review.desk.column.now" : "review.desk.column.mine");
    }

    /** The name of the other side's column and marker. */
    String theirsName(ReviewCase c) {
        return messages.get(c.item().kind() == ReviewKind.PROPOSAL ? "review.desk.column.proposed"
                : "review.desk.column.theirs", c.item().signerName());
    }

    private void showRows() {
        ReviewCase c = vm.currentProperty().get();
        List<DeskRow> rows = List.copyOf(vm.rows());
        if (c == null || rows.isEmpty()) {
            return;
        }
        grid.show(Arrays.asList(messages.get("review.desk.column.field"),
                c.base() == null ? null : messages.get("review.desk.column.base"), mineName(c), theirsName(c),
                messages.get("review.desk.column.result")), rows, c.item().signerName());
        long open = rows.stream().filter(DeskRow::undecided).count();
        long wrong = rows.stream().filter(r -> r.problem() != null).count();
        left.setText(wrong > 0 ? messages.get("review.desk.to-correct", wrong) : messages.get("review.desk.left", open));
    }

    private void showCounter() {
        ReviewCase c = vm.currentProperty().get();
        int total = vm.items().size();
        int at = vm.positionProperty().get();
        int decided = vm.decidedCountProperty().get();
        String place = c == null || at == 0 ? "" : messages.get("review.desk.counter",
                messages.get("review.desk.kind." + kindName(c.item().kind())), at, total);
        counter.setText(decided == 0 || place.isEmpty() ? place
                : place + " · " + messages.get("review.desk.decided-so-far", decided));
    }

    private void showState() {
        boolean shown = vm.currentProperty().get() != null;
        boolean waiting = vm.loadingProperty().get() || !vm.loadedProperty().get();
        body.setVisible(shown);
        loading.setVisible(!shown && waiting);
        empty.setVisible(!shown && !waiting);
    }

    /** The record by what and where it is (its short id only without a street), and its operator. */
    private String describe(Sighting s) {
        String name = new org.contrechamp.core.provenance.RecordNames(messages).name(s);
        return s.operator() == null ? name : name + " · " + s.operator();
    }

    /** Whether the map's legend names the dashed fields of view of typed directions. */
    void showTypedInLegend(boolean shown) {
        legendTyped.setVisible(shown);
    }

    /** What the map shows, in words and shapes, since colour alone would not say it. */
    private Node legend() {
        Circle dot = new Circle(6, DeskMapLayer.MINE);
        Rectangle square = new Rectangle(12, 12, DeskMapLayer.THEIRS);
        legendMine.setGraphic(dot);
        legendTheirs.setGraphic(square);
        Label title = new Label(messages.get("review.desk.on-the-map"));
        title.getStyleClass().add("form-label");
        javafx.scene.shape.Line dashes = new javafx.scene.shape.Line(0, 0, 16, 0);
        dashes.setStroke(DeskMapLayer.TYPED);
        dashes.setStrokeWidth(2.5);
        dashes.getStrokeDashArray().setAll(6.0, 4.0);
        legendTyped.setGraphic(dashes);
        legendTyped.setText(messages.get("review.desk.on-the-map.typed"));
        legendTyped.setVisible(false);
        legendTyped.managedProperty().bind(legendTyped.visibleProperty());
        HBox legend = new HBox(12, title, legendMine, legendTheirs, legendTyped);
        legend.setAlignment(Pos.CENTER_LEFT);
        return legend;
    }

    private Button button(DeskKey key) {
        Button b = new Button(messages.get(key.labelKey()) + "  (" + messages.get(key.shownKey()) + ")");
        b.setFocusTraversable(false);
        b.getStyleClass().add("review-key");
        b.setOnAction(e -> {
            requestFocus();
            key.action().accept(this);
        });
        return b;
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("form-placeholder");
        return label;
    }

    private static String kindName(ReviewKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
