package org.contrechamp.ui.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.inventory.Inventory;
import org.contrechamp.core.inventory.InventoryBuilder;
import org.contrechamp.core.inventory.InventoryZoning;
import org.contrechamp.core.inventory.report.InventoryPages;
import org.contrechamp.core.inventory.report.Paper;
import org.contrechamp.core.inventory.report.ReportOptions;
import org.contrechamp.core.inventory.report.Thumbnails;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.StreetAssignment;
import org.junit.jupiter.api.Test;

/** The preview's pages and their painting, without a window. */
class PagePreviewModelTest {

    private static InventoryPages pages(int cameras) {
        InventoryBuilder builder = new InventoryBuilder(Locale.FRENCH, new InventoryZoning(List.of(), true, Map.of(),
                (lat, lon) -> OptionalLong.empty(), "Bourg", null), s -> s.street().name(), s -> 1, LocalDate.of(2026, 5, 1));
        for (int i = 0; i < cameras; i++) {
            builder.add(Sighting.newAt(Position.manual(48.85, 2.30 + i * 0.0001)).street(StreetAssignment.manual("Rue Haute"))
                    .build());
        }
        Inventory inventory = builder.build();
        return new InventoryPages(inventory, new ReportOptions("Campagne", Paper.A4, Locale.FRENCH),
                Messages.forLocale(Locale.FRENCH), null, null, Thumbnails.NONE);
    }

    @Test
    void movingBetweenPagesStaysWithinThem() {
        PagePreviewModel model = new PagePreviewModel();
        model.next();
        assertThat(model.pageProperty().get()).isZero();
        InventoryPages pages = pages(60);
        model.show(null, pages);
        assertThat(model.countProperty().get()).isEqualTo(pages.pageCount()).isGreaterThan(3);
        model.previous();
        assertThat(model.pageProperty().get()).isZero();
        model.last();
        assertThat(model.pageProperty().get()).isEqualTo(pages.pageCount() - 1);
        model.next();
        assertThat(model.pageProperty().get()).isEqualTo(pages.pageCount() - 1);
        model.go(2);
        assertThat(model.pageProperty().get()).isEqualTo(2);
        model.clear();
        assertThat(model.countProperty().get()).isZero();
    }

    @Test
    void aPageIsPaintedAtTheSizeOfItsPaperWithoutAnArea() {
        InventoryPages pages = pages(3);
        java.awt.image.BufferedImage page = PageImages.paint(pages, 2, 72);
        assertThat(page.getWidth()).isEqualTo(596);
        assertThat(page.getHeight()).isEqualTo(842);
        // the map without an area is a grey box, not a blank page
        assertThat(page.getRGB(300, 150) & 0xFFFFFF).isNotEqualTo(0xFFFFFF);
    }
}
