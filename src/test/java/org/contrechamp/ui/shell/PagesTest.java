package org.contrechamp.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

import org.junit.jupiter.api.Test;

/** The navigation model alone: no toolkit, no view. */
class PagesTest {

    /** A page that writes down when it is shown and hidden. */
    static final class Probe implements Page {
        final String id;
        final List<String> log;

        Probe(String id, List<String> log) {
            this.id = id;
            this.log = log;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public ObservableValue<String> title() {
            return new SimpleStringProperty(id);
        }

        @Override
        public Node view() {
            throw new AssertionError("the model never asks for a view");
        }

        @Override
        public void shown() {
            log.add("shown " + id);
        }

        @Override
        public void hidden() {
            log.add("hidden " + id);
        }
    }

    final List<String> log = new ArrayList<>();
    final List<String> remembered = new ArrayList<>();
    final Pages pages = new Pages(remembered::add);

    Pages withPages(String... ids) {
        for (String id : ids) {
            pages.add(new Probe(id, log));
        }
        return pages;
    }

    @Test
    void theFirstPageIsShownUntilAnotherIsAskedForAndOnlyChoicesAreRemembered() {
        withPages("survey", "review", "stats");

        assertThat(pages.current().id()).isEqualTo("survey");
        assertThat(remembered).isEmpty();
        assertThat(pages.show("stats")).isTrue();
        assertThat(pages.current().id()).isEqualTo("stats");
        assertThat(log).containsExactly("shown survey", "hidden survey", "shown stats");
        assertThat(remembered).containsExactly("stats");
    }

    @Test
    void showingThePageAlreadyShownChangesNothing() {
        withPages("survey", "review");
        pages.show("survey");

        assertThat(log).containsExactly("shown survey");
    }

    @Test
    void keysFollowTheOrderOfTheBarUpToNine() {
        for (int i = 1; i <= 11; i++) {
            pages.add(new Probe("p" + i, log));
        }

        assertThat(pages.keyOf(pages.all().get(0))).isEqualTo(1);
        assertThat(pages.keyOf(pages.all().get(8))).isEqualTo(9);
        assertThat(pages.keyOf(pages.all().get(9))).as("the tenth has no key").isZero();
        assertThat(pages.show(2)).isTrue();
        assertThat(pages.current().id()).isEqualTo("p3");
        assertThat(pages.show(11)).isFalse();
        assertThat(pages.show(-1)).isFalse();
        assertThat(pages.current().id()).isEqualTo("p3");
    }

    @Test
    void anUnknownPageIsRefusedWithoutChangingThePageShown() {
        withPages("survey", "review");

        assertThat(pages.show("duplicates")).isFalse();
        assertThat(pages.current().id()).isEqualTo("survey");
    }

    @Test
    void theRememberedPageOpensUnlessTheUserAlreadyMovedOrItIsGone() {
        withPages("survey", "review", "stats");
        pages.restore("stats");
        assertThat(pages.current().id()).isEqualTo("stats");
        assertThat(remembered).as("restoring is not a new choice").isEmpty();

        Pages moved = new Pages(id -> { });
        moved.add(new Probe("survey", log));
        moved.add(new Probe("review", log));
        moved.show("review");
        moved.restore("survey"); // read from disk after the user chose: the user wins
        assertThat(moved.current().id()).isEqualTo("review");

        Pages older = new Pages(id -> { });
        older.add(new Probe("survey", log));
        older.restore("a-page-of-another-version");
        older.restore(null);
        assertThat(older.current().id()).isEqualTo("survey");
    }

    @Test
    void twoPagesWithOneIdAreAMistakeSaidAtOnce() {
        withPages("survey");

        assertThatThrownBy(() -> pages.add(new Probe("survey", log))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("survey");
    }
}
