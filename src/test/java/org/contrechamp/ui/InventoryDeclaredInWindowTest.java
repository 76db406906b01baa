package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.declared.GeoPoint;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.storage.declared.DeclaredTestArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The inventory dialog with an official list imported: its box is checked, and unchecking it leaves the section out. */
class InventoryDeclaredInWindowTest {

    @TempDir
    Path dir;
    ContrechampApp app;
    FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Path data = dir.resolve("data");
        try (Workspace w = LocalWorkspace.open(data)) {
            w.area().importFile(DeclaredTestArea.write(dir.resolve("a.osm")), Progress.NONE, Cancellation.NEVER);
            GeoPoint p = DeclaredTestArea.at(8, 6);
            w.sightings().create(Sighting.newAt(Position.manual(p.lat(), p.lon())).build());
            Path list = Files.writeString(dir.resolve("liste.csv"), "id,voie,voie2\nA1,Rue Saint-Denis,Rue de Rivoli\n",
                    StandardCharsets.UTF_8);
            w.declared().importList(list, List.of("voie=site", "voie2=site"));
        }
        app = WindowUnderTest.start(data);
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void theBoxIsCheckedWhenAListExistsAndUncheckedTheSectionPageGoes() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pageLabel().matches("Page 1 (of|sur) \\d+"));
        CheckBox box = robot.lookup("#inventory-declared").queryAs(CheckBox.class);
        assertThat(box.isSelected()).isTrue();
        assertThat(box.isDisabled()).isFalse();
        int withList = pages();

        robot.clickOn(box);
        robot.clickOn("#inventory-make");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pageLabel().matches("Page 1 (of|sur) \\d+")
                && pages() != withList);
        assertThat(pages()).as("the comparison's page left out").isEqualTo(withList - 1);
    }

    private String pageLabel() {
        return robot.lookup("#inventory-page").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private int pages() {
        String text = pageLabel();
        return text.isEmpty() ? -1 : Integer.parseInt(text.replaceAll(".* ", ""));
    }
}
