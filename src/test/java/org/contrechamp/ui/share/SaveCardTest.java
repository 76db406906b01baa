package org.contrechamp.ui.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.identity.KeyCard;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.ui.common.DirectTaskRunner;
import org.contrechamp.ui.common.StatusLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Share ▸ Save the card… (issue 17, item 9): a file a coordinator's {@code trust add} reads. */
class SaveCardTest {

    @TempDir
    Path dir;

    @Test
    void theSavedCardNamesThePseudonymAndReadsBackAsTheSameKeyInEitherLanguage() throws Exception {
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            Path data = dir.resolve("data-" + language);
            try (LocalWorkspace workspace = LocalWorkspace.open(data)) {
                PublicIdentity me = workspace.identity().create("Hirondelle", null);
                Messages messages = Messages.forLocale(language);
                StatusLine status = new StatusLine();
                ShareController share = new ShareController(messages, workspace, new DirectTaskRunner(), status,
                        () -> workspace.settings().load(), s -> { }, () -> { });
                Path stick = Files.createDirectories(dir.resolve("usb-" + language));
                share.saveCard(null, who -> stick.resolve(CardFile.fileName(who)));

                Path card = stick.resolve("Hirondelle-card.txt");
                assertThat(card).exists();
                assertThat(status.textProperty().get()).contains(card.toString());
                String text = Files.readString(card, StandardCharsets.UTF_8);
                assertThat(text).contains("Hirondelle").contains(me.fingerprint().display())
                        .contains("trust add Hirondelle-card.txt");
                PublicIdentity read = KeyCard.read(card.toString(), text, null);
                assertThat(read.name()).isEqualTo("Hirondelle");
                assertThat(read.fingerprint()).isEqualTo(me.fingerprint());
            }
        }
    }

    @Test
    void withoutAnIdentityItSaysHowOneIsMadeAndWritesNothing() throws Exception {
        try (LocalWorkspace workspace = LocalWorkspace.open(dir.resolve("data"))) {
            StatusLine status = new StatusLine();
            ShareController share = new ShareController(Messages.forLocale(Locale.ENGLISH), workspace,
                    new DirectTaskRunner(), status, () -> workspace.settings().load(), s -> { }, () -> { });
            share.saveCard(null, who -> dir.resolve("never.txt"));
            assertThat(dir.resolve("never.txt")).doesNotExist();
            assertThat(status.textProperty().get()).contains("first sync");
        }
    }
}
