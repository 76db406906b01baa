package org.contrechamp.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.identity.Ed25519;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.storage.Database;
import org.contrechamp.storage.SqliteAuthorshipLedger;
import org.contrechamp.ui.common.DirectTaskRunner;
import org.contrechamp.ui.shell.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The audit and volunteers pages and the provenance panel, each in a stage of its own over a real
 * data directory: a key trusted and a camera marked removed are there, newest first, in both languages.
 */
class DeskPagesTest {

    @TempDir
    Path data;

    private LocalWorkspace workspace;
    private UUID camera;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void aCoordinatorWhoTrustedBobAndFoundACameraGone() throws Exception {
        FxToolkit.registerPrimaryStage();
        workspace = LocalWorkspace.open(data);
        workspace.identity().create("Coordination Est", new char[0]);
        workspace.trust().trust(new PublicIdentity("bob", Ed25519.raw(Ed25519.generate().getPublic())));
        camera = workspace.sightings().create(Sighting.newAt(Position.manual(48.85, 2.35)).build()).id();
        workspace.rechecks().remove(camera, null, false, "pole taken down");
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        workspace.close();
    }

    private void showAlone(Node view) throws Exception {
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene((Parent) view, 1000, 420));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shown(Page page) throws Exception {
        robot.interact(page::shown);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saved when asked ({@code -Ddesk.shots=DIR}), for a person to look at. */
    private void shot(Node view, String name) throws Exception {
        String dir = System.getProperty("desk.shots");
        if (dir == null) {
            return;
        }
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = view.snapshot(null, null));
        PixelReader pixels = image[0].getPixelReader();
        BufferedImage out = new BufferedImage((int) image[0].getWidth(), (int) image[0].getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(dir));
        ImageIO.write(out, "png", Path.of(dir, name + ".png").toFile());
    }

    @Test
    void theAuditPageListsEveryDecisionNewestFirstWithWhoWhatAndWhy() throws Exception {
        AuditPage[] page = new AuditPage[1];
        robot.interact(() -> page[0] = new AuditPage(Messages.forLocale(Locale.ENGLISH), workspace::audit,
                workspace::provenance, new DirectTaskRunner(), ZoneOffset.UTC));
        assertThat(page[0].besideMap()).isFalse();
        assertThat(page[0].id()).isEqualTo("audit");
        showAlone(page[0].view());
        shown(page[0]);

        TableView<?> table = robot.lookup("#audit-page-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        assertThat(page[0].title().getValue()).isEqualTo("Audit log (2)");
        assertThat(cell(table, 0, 3)).isEqualTo("marked a camera removed");
        assertThat(cell(table, 0, 2)).isEqualTo("Coordination Est");
        // The camera by what it is, not its id; the key by its pseudonym.
        assertThat(cell(table, 0, 4)).isEqualTo("sighting Camera · id " + camera.toString().substring(0, 8)
                + "…").doesNotContain(camera.toString());
        assertThat(cell(table, 1, 4)).isEqualTo("key of bob");
        assertThat(cell(table, 0, 5)).as("values chosen: none for a removal").isEmpty();
        assertThat(cell(table, 0, 6)).isEqualTo("pole taken down");
        assertThat(cell(table, 1, 3)).isEqualTo("trusted a key");
        shot(page[0].view(), "audit-en");

        workspace.trust().revoke(workspace.trust().list().get(0).fingerprint().hex(), "lost phone");
        shown(page[0]);
        assertThat(table.getItems()).hasSize(3);
        assertThat(cell(table, 0, 3)).isEqualTo("revoked a key");
    }

    @Test
    void theAuditPageSpeaksFrench() throws Exception {
        TableView<?> table = frenchAuditPageShown();
        assertThat(frenchAuditPage.title().getValue()).isEqualTo("Journal des décisions (2)");
        assertThat(cell(table, 0, 3)).isEqualTo("a marqué une caméra comme retirée");
        assertThat(table.getColumns().get(5).getText()).isEqualTo("Valeurs choisies");
        assertThat(table.getColumns().get(6).getText()).isEqualTo("Pourquoi");
        shot(frenchAuditPage.view(), "audit-fr");
    }

    private AuditPage frenchAuditPage;

    /** The audit page in French, alone in a stage, its entries read. */
    private TableView<?> frenchAuditPageShown() throws Exception {
        robot.interact(() -> frenchAuditPage = new AuditPage(Messages.forLocale(Locale.FRENCH), workspace::audit,
                workspace::provenance, new DirectTaskRunner(), ZoneOffset.UTC));
        showAlone(frenchAuditPage.view());
        shown(frenchAuditPage);
        return robot.lookup("#audit-page-table").queryAs(TableView.class);
    }

    /**
     * In French, on a window's width, every entry reads whole: "a fusionné deux fiches d…" and
     * "observation Camér…" told nothing. A cell is cut when the text drawn in it is not its value.
     */
    @Test
    void theAuditPagesEntriesReadWholeInFrench() throws Exception {
        workspace.trust().revoke(workspace.trust().list().get(0).fingerprint().hex(),
                "téléphone perdu dans le train du soir, clé remplacée par une nouvelle la semaine suivante");
        TableView<?> table = frenchAuditPageShown();
        assertThat(table.getItems()).hasSize(3);
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getItem() instanceof String value
                    && !value.isEmpty()) {
                seen.add(value);
                assertThat(drawn(cell)).as("column " + cell.getTableColumn().getText()).isEqualTo(value);
            }
        }
        assertThat(seen).contains("a marqué une caméra comme retirée")
                .anySatisfy(v -> assertThat(v).startsWith("téléphone perdu"));
    }

    /** Every piece of text JavaFX draws in {@code cell}, joined: an ellipsis where it cut. */
    private static String drawn(Node cell) {
        StringBuilder text = new StringBuilder();
        for (Node node : ((Parent) cell).lookupAll(".text")) {
            if (node instanceof javafx.scene.text.Text t && t.isVisible()) {
                text.append(t.getText());
            }
        }
        return text.toString();
    }

    @Test
    void theVolunteersPageShowsThisComputerFirstThenEachKey() throws Exception {
        VolunteersPage[] page = new VolunteersPage[1];
        robot.interact(() -> page[0] = new VolunteersPage(Messages.forLocale(Locale.ENGLISH), workspace::provenance,
                new DirectTaskRunner()));
        assertThat(page[0].besideMap()).isFalse();
        showAlone(page[0].view());
        shown(page[0]);
        TableView<?> table = robot.lookup("#volunteers-page-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        assertThat(cell(table, 0, 0)).isEqualTo("Coordination Est (you)");
        assertThat(cell(table, 0, 1)).isEqualTo("this computer");
        assertThat(cell(table, 0, 3)).isEqualTo("1");
        assertThat(cell(table, 1, 0)).isEqualTo("bob");
        assertThat(cell(table, 1, 1)).isEqualTo("volunteer");
        shot(page[0].view(), "volunteers-en");
    }

    /**
     * "Duplicates found" counts a volunteer's records on either side of an open probable pair, not
     * only those already merged: two cameras of this computer's on one pole, one of bob's beside one
     * of ours further on, each record counted once for its author.
     */
    @Test
    void theVolunteersPageCountsRecordsOfOpenProbablePairsForTheirAuthor() throws Exception {
        workspace.sightings().create(Sighting.newAt(Position.manual(48.8600, 2.3600)).build());
        workspace.sightings().create(Sighting.newAt(Position.manual(48.86001, 2.36001)).build());
        workspace.sightings().create(Sighting.newAt(Position.manual(48.8700, 2.3700)).build());
        UUID bobs = workspace.sightings().create(Sighting.newAt(Position.manual(48.87001, 2.37001)).build()).id();
        Fingerprint bob = workspace.trust().list().get(0).fingerprint();
        workspace.close();
        // As a bundle from bob would leave it: the record's author is bob's key.
        try (Database db = Database.open(data)) {
            new SqliteAuthorshipLedger(db).setAuthors(Map.of(bobs, bob));
        }
        workspace = LocalWorkspace.open(data);
        assertThat(workspace.duplicates().suggestions(Progress.NONE, Cancellation.NEVER)).hasSize(2);

        VolunteersPage[] page = new VolunteersPage[1];
        robot.interact(() -> page[0] = new VolunteersPage(Messages.forLocale(Locale.FRENCH), workspace::provenance,
                new DirectTaskRunner()));
        showAlone(page[0].view());
        shown(page[0]);
        TableView<?> table = robot.lookup("#volunteers-page-table").queryAs(TableView.class);
        assertThat(cell(table, 0, 5)).isEqualTo("3");
        assertThat(cell(table, 1, 0)).isEqualTo("bob");
        assertThat(cell(table, 1, 5)).isEqualTo("1");
        shot(page[0].view(), "volunteers-duplicates-fr");
    }

    @Test
    void theProvenancePanelFollowsTheSelectedSighting() throws Exception {
        ProvenancePanel[] panel = new ProvenancePanel[1];
        robot.interact(() -> panel[0] = new ProvenancePanel(Messages.forLocale(Locale.FRENCH), workspace::provenance,
                new DirectTaskRunner(), ZoneOffset.UTC));
        showAlone(panel[0]);
        robot.interact(() -> panel[0].show(camera));
        assertThat(panel[0].lines().getItems()).first().asString().startsWith("Observation " + camera);
        assertThat(panel[0].lines().getItems()).anySatisfy(l -> assertThat(l).contains("a marqué une caméra comme retirée"))
                .anySatisfy(l -> assertThat(l).startsWith("Créée par Coordination Est (vous)"));
        shot(panel[0], "provenance-fr");
        robot.interact(() -> panel[0].show(UUID.randomUUID()));
        assertThat(panel[0].lines().getItems()).singleElement().asString().contains("aucune observation");
        robot.interact(() -> panel[0].show(null));
        assertThat(panel[0].lines().getItems()).isEmpty();
    }

    private static String cell(TableView<?> table, int row, int column) {
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }
}
