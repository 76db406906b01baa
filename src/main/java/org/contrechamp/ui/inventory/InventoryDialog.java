package org.contrechamp.ui.inventory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.contrechamp.core.area.Zone;
import org.contrechamp.core.declared.report.DeclaredReport;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.inventory.Inventory;
import org.contrechamp.core.inventory.InventoryService;
import org.contrechamp.core.inventory.report.InventoryPages;
import org.contrechamp.core.inventory.report.Paper;
import org.contrechamp.core.inventory.report.ReportOptions;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.TaskHandle;
import org.contrechamp.ui.common.TaskRunner;

/**
 * The printed inventory from the window: choose the zone, paper, language and title; the pages are
 * made in the background (progress, Cancel) and shown one by one as they will print; then save them
 * as a PDF or send them to a printer, both in the background too.
 */
public final class InventoryDialog {

    /** Preview resolution: a whole A4 page on a laptop screen. */
    static final double PREVIEW_DPI = 80;
    /** Printer resolution of the page images sent to the printer. */
    static final double PRINT_DPI = 200;

    private final Stage stage = new Stage();
    private final Messages messages;
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final PagePreviewModel model = new PagePreviewModel();
    private final ComboBox<String> zone = new ComboBox<>();
    private final ChoiceBox<Paper> paper = new ChoiceBox<>();
    private final ChoiceBox<Locale> language = new ChoiceBox<>();
    private final TextField title = new TextField();
    private final CheckBox declared = new CheckBox();
    private final ImageView page = new ImageView();
    private final Label pageLabel = new Label();
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel;
    private final Button save;
    private final Button print;
    private TaskHandle running;

    private InventoryDialog(Window owner, Workspace workspace, Messages messages, TaskRunner tasks) {
        this.messages = messages;
        this.workspace = workspace;
        this.tasks = tasks;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("inventory.dialog.title"));

        zone.setEditable(true);
        zone.setPromptText(messages.get("inventory.dialog.whole-area"));
        zone.setId("inventory-zone");
        paper.getItems().setAll(Paper.values());
        paper.setValue(Paper.forCountry(Locale.getDefault().getCountry()));
        paper.setConverter(converter(p -> messages.get("inventory.dialog.paper." + p.name().toLowerCase(Locale.ROOT))));
        language.getItems().setAll(Messages.SUPPORTED);
        language.setValue(messages.locale());
        language.setConverter(converter(l -> l.getDisplayLanguage(l)));
        title.setText(messages.get("inventory.title.default"));
        title.setPrefColumnCount(24);
        declared.setText(messages.get("inventory.dialog.declared"));
        declared.setMinWidth(Region.USE_PREF_SIZE);
        declared.setId("inventory-declared");
        declared.setDisable(true);
        Button make = new Button(messages.get("inventory.dialog.make"));
        make.setMinWidth(Region.USE_PREF_SIZE);
        make.setId("inventory-make");
        make.setDefaultButton(true);
        make.setOnAction(e -> make());
        javafx.scene.layout.FlowPane form = new javafx.scene.layout.FlowPane(8, 6, labelled("inventory.dialog.zone", zone),
                labelled("inventory.dialog.paper", paper), labelled("inventory.dialog.language", language),
                labelled("inventory.dialog.campaign", title), declared, make);
        form.setAlignment(Pos.CENTER_LEFT);

        page.setPreserveRatio(true);
        page.setFitHeight(640);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setPannable(true);

        Button first = new Button("«");
        Button previous = new Button("‹");
        Button next = new Button("›");
        Button last = new Button("»");
        first.setOnAction(e -> model.first());
        previous.setOnAction(e -> model.previous());
        next.setOnAction(e -> model.next());
        last.setOnAction(e -> model.last());
        pageLabel.setId("inventory-page");
        cancel = new Button(messages.get("progress.cancel"));
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        save = new Button(messages.get("inventory.dialog.save"));
        save.setId("inventory-save");
        save.setOnAction(e -> savePdf());
        print = new Button(messages.get("inventory.dialog.print"));
        print.setOnAction(e -> print());
        Button close = new Button(messages.get("inventory.dialog.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        message.setId("inventory-message");
        message.setWrapText(true);
        message.setMaxWidth(420);
        HBox bottom = new HBox(8, first, previous, pageLabel, next, last, progress, cancel, message, gap, save, print, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        working(false);

        BorderPane root = new BorderPane(scroll, form, null, bottom, null);
        BorderPane.setMargin(form, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(bottom, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 1060, 800));
        stage.setOnHidden(e -> cancel.fire());

        model.pageProperty().addListener((obs, was, is) -> showPage());
        model.countProperty().addListener((obs, was, is) -> showPage());
        fillZones();
    }

    /** Opens the dialog over the window (the caller is on the FX thread). */
    public static InventoryDialog open(Window owner, Workspace workspace, Messages messages, TaskRunner tasks) {
        InventoryDialog dialog = new InventoryDialog(owner, workspace, messages, tasks);
        dialog.stage.show();
        dialog.checkListThenMake();
        return dialog;
    }

    /**
     * The official list is held against the cameras when one has been imported (the box checked);
     * without one the box stays off. Known before the first pages are made, so that they have it.
     */
    private void checkListThenMake() {
        tasks.submit("inventory-declared", (p, c) -> workspace.declared().info().isPresent(), present -> {
            declared.setDisable(!present);
            declared.setSelected(present);
            make();
        }, error -> make());
    }

    /** A field with its label, the label never cut. */
    private HBox labelled(String key, javafx.scene.Node field) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        HBox box = new HBox(6, label, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private void fillZones() {
        tasks.submit("inventory-zones", (p, c) -> {
            TreeSet<String> names = new TreeSet<>(java.text.Collator.getInstance(messages.locale()));
            for (Zone z : workspace.drawnZones().allZones()) {
                names.add(z.name());
            }
            List<String> list = new ArrayList<>();
            list.add("");
            list.addAll(names);
            return list;
        }, names -> zone.getItems().setAll(names), error -> { });
    }

    private InventoryRequest request() {
        String zoneName = zone.getEditor().getText() == null || zone.getEditor().getText().isBlank() ? null
                : zone.getEditor().getText().strip();
        String heading = title.getText() == null || title.getText().isBlank()
                ? Messages.forLocale(language.getValue()).get("inventory.title.default") : title.getText().strip();
        return new InventoryRequest(zoneName, paper.getValue(), language.getValue(), heading,
                declared.isSelected() && !declared.isDisabled());
    }

    private record Made(Inventory inventory, InventoryPages pages) {
    }

    /** Builds the inventory and lays out its pages, in the background. */
    private void make() {
        InventoryRequest request = request();
        double fieldOfView = workspace.settings().load().fieldOfViewDegrees();
        InventoryService service = workspace.inventory();
        working(true);
        message.setText(messages.get("inventory.dialog.making"));
        running = tasks.submit("inventory", (p, c) -> {
            Inventory inventory = service.build(request.zone(), request.locale(), LocalDate.now(workspace.localClock()), c);
            Messages words = Messages.forLocale(request.locale());
            ReportOptions plain = new ReportOptions(request.title(), request.paper(), request.locale(), fieldOfView,
                    List.of());
            ReportOptions options = !request.declared() ? plain
                    : DeclaredReport.of(workspace.declared(), inventory, words, service.scope(request.zone()))
                            .map(r -> r.addTo(plain)).orElse(plain);
            InventoryPages pages = service.pages(inventory, options, words);
            return new Made(inventory, pages);
        }, made -> {
            working(false);
            model.show(made.inventory(), made.pages());
            message.setText(messages.get("inventory.dialog.made", made.inventory().counts().cameras(),
                    made.inventory().counts().streets(), made.pages().pageCount()));
        }, this::failed);
        follow();
    }

    private void showPage() {
        InventoryPages pages = model.pagesProperty().get();
        if (pages == null) {
            page.setImage(null);
            pageLabel.setText("");
            return;
        }
        int index = model.pageProperty().get();
        pageLabel.setText(messages.get("inventory.page", index + 1, pages.pageCount()));
        tasks.submit("inventory-page", (p, c) -> PageImages.toFx(PageImages.paint(pages, index, PREVIEW_DPI)),
                image -> {
                    if (model.pageProperty().get() == index && model.pagesProperty().get() == pages) {
                        page.setImage(image);
                    }
                }, this::failed);
    }

    private void savePdf() {
        InventoryPages pages = model.pagesProperty().get();
        if (pages == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("inventory.dialog.save"));
        chooser.setInitialFileName(messages.get("inventory.dialog.file-name") + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        String heading = request().title();
        working(true);
        message.setText(messages.get("inventory.dialog.saving"));
        running = tasks.submit("inventory-pdf", (p, c) -> {
            workspace.inventory().writePdf(pages, heading, target, p, c);
            return target;
        }, saved -> {
            working(false);
            message.setText(messages.get("inventory.dialog.saved", saved.toString()));
        }, this::failed);
        follow();
    }

    /** Sends every page to the printer as a picture at {@value #PRINT_DPI} dpi, in the background. */
    private void print() {
        InventoryPages pages = model.pagesProperty().get();
        PrinterJob job = pages == null ? null : PrinterJob.createPrinterJob();
        if (job == null) {
            if (pages != null) {
                message.setText(messages.get("inventory.dialog.no-printer"));
            }
            return;
        }
        if (!job.showPrintDialog(stage)) {
            return;
        }
        working(true);
        message.setText(messages.get("inventory.dialog.printing"));
        running = tasks.submit("inventory-print", (p, c) -> {
            PageLayout layout = job.getJobSettings().getPageLayout();
            for (int i = 0; i < pages.pageCount(); i++) {
                if (c.isCancelled()) {
                    job.cancelJob();
                    throw new java.util.concurrent.CancellationException();
                }
                ImageView view = new ImageView(PageImages.toFx(PageImages.paint(pages, i, PRINT_DPI)));
                view.setPreserveRatio(true);
                view.setFitWidth(layout.getPrintableWidth());
                view.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(view)) {
                    throw new IllegalStateException(messages.get("inventory.dialog.print-failed"));
                }
                p.update(i + 1, pages.pageCount(), "");
            }
            job.endJob();
            return pages.pageCount();
        }, count -> {
            working(false);
            message.setText(messages.get("inventory.dialog.printed", count));
        }, this::failed);
        follow();
    }

    /** Shows the progress of the task just started, unless it already ended (a runner on this thread). */
    private void follow() {
        if (cancel.isVisible() && running != null) {
            progress.progressProperty().bind(running.progressProperty());
        } else {
            running = null;
        }
    }

    private void failed(Throwable error) {
        working(false);
        message.setText(error instanceof java.util.concurrent.CancellationException
                ? messages.get("inventory.dialog.cancelled") : ErrorMessages.describe(messages, error));
    }

    private void working(boolean busy) {
        progress.setVisible(busy);
        progress.setManaged(busy);
        cancel.setVisible(busy);
        cancel.setManaged(busy);
        save.setDisable(busy);
        print.setDisable(busy);
        if (!busy) {
            progress.progressProperty().unbind();
            progress.setProgress(-1);
        }
    }
}
