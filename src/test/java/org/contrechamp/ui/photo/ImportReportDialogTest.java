package org.contrechamp.ui.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.ImportStatus;
import org.contrechamp.core.photo.imports.ImportReport;
import org.contrechamp.core.photo.imports.ImportedFile;
import org.contrechamp.ui.common.WrappingCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The import report's Why column wraps a long reason onto more lines instead of scrolling sideways. */
class ImportReportDialogTest {

    FxRobot robot = new FxRobot();

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static ImportedFile file(String name, ImportStatus status, String reason) {
        return new ImportedFile(Path.of(name), status, reason, List.of(), null, null, null, null, null, null, null,
                null, List.of());
    }

    private static double textHeight(WrappingCell<?> cell) {
        return cell.getGraphic() == null ? 0 : cell.getGraphic().getLayoutBounds().getHeight();
    }

    private ImportReportDialog shownInFrench(ImportReport report) {
        ImportReportDialog[] dialog = new ImportReportDialog[1];
        robot.interact(() -> {
            dialog[0] = new ImportReportDialog(Messages.forLocale(Locale.FRENCH), report);
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return dialog[0];
    }

    @Test
    void aLongReasonWrapsInItsColumn() throws Exception {
        ImportReport report = new ImportReport(List.of(file("notes.txt", ImportStatus.UNSUPPORTED, "not-a-photo"),
                file("empty.jpg", ImportStatus.FAILED, "empty")), 0, 0, false, ZoneOffset.UTC, false, false);
        ImportReportDialog[] dialog = {shownInFrench(report)};
        try {
            TableView<?> table = (TableView<?>) dialog[0].getDialogPane().lookup(".table-view");
            for (Node bar : table.lookupAll(".scroll-bar")) {
                if (((ScrollBar) bar).getOrientation() == Orientation.HORIZONTAL) {
                    assertThat(bar.isVisible()).as("no sideways scroll bar").isFalse();
                }
            }
            List<WrappingCell<?>> reasons = table.lookupAll(".table-cell").stream()
                    .filter(n -> n instanceof WrappingCell<?>).<WrappingCell<?>>map(n -> (WrappingCell<?>) n)
                    .filter(c -> c.getItem() != null).toList();
            assertThat(reasons).hasSize(2);
            double longOne = reasons.stream().filter(c -> String.valueOf(c.getItem()).startsWith("pas une photo")
                    || String.valueOf(c.getItem()).length() > 60).mapToDouble(ImportReportDialogTest::textHeight).max().orElse(0);
            double shortOne = reasons.stream().mapToDouble(ImportReportDialogTest::textHeight).min().orElse(0);
            // The text's own height, not the cell's: the theme's padding would blur one line against two.
            assertThat(longOne).as("the long reason takes more than one line").isGreaterThan(shortOne * 1.5);
            assertThat(reasons).allMatch(c -> c.getHeight() >= textHeight(c), "each row holds its whole text");
            assertThat(reasons).allMatch(c -> c.getWidth() <= table.getWidth());
        } finally {
            robot.interact(() -> dialog[0].close());
        }
    }

    /** "sans pos…": the result of each file reads whole in French, whatever it is. */
    @Test
    void everyResultReadsWholeInFrench() throws Exception {
        ImportReport report = new ImportReport(List.of(file("Nikon.jpg", ImportStatus.NO_POSITION, "no-gps"),
                file("notes.txt", ImportStatus.UNSUPPORTED, "not-a-photo"),
                file("broken1.jpg", ImportStatus.FAILED, "empty")), 0, 0, false, ZoneOffset.UTC, false, false);
        ImportReportDialog[] dialog = {shownInFrench(report)};
        try {
            TableView<?> table = (TableView<?>) dialog[0].getDialogPane().lookup(".table-view");
            List<String> results = new java.util.ArrayList<>();
            for (Node node : table.lookupAll(".table-cell")) {
                if (node instanceof javafx.scene.control.TableCell<?, ?> cell && !(cell instanceof WrappingCell<?>)
                        && cell.getItem() instanceof String value && cell.getTableColumn().getText().equals("Résultat")) {
                    results.add(value);
                    Node drawn = cell.lookup(".text");
                    assertThat(((javafx.scene.text.Text) drawn).getText()).as(value).isEqualTo(value);
                }
            }
            assertThat(results).contains("sans position", "non prise en charge");
        } finally {
            robot.interact(() -> dialog[0].close());
        }
    }
}
