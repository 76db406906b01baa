package org.contrechamp.ui.share;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.contrechamp.core.common.AtomicFiles;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.identity.KeyCard;
import org.contrechamp.core.identity.PublicIdentity;

/**
 * <i>Share ▸ Save the card…</i>: the identity card as a text file, for a USB stick or an e-mail. It is
 * the text {@code identity show} prints, which {@code trust add FILE} reads, with a title and a line
 * saying what the coordinator does with it. Written whole or not at all.
 */
final class CardFile {

    private CardFile() {
    }

    /** Where to save, asked with a name made from the pseudonym; null when the volunteer cancelled. */
    static Path choose(Window owner, Messages messages, PublicIdentity me) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("share.card.choose"));
        chooser.setInitialFileName(fileName(me));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("share.card.filter"), "*.txt"));
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    /** {@code Hirondelle-card.txt}: the pseudonym, with what a file system might refuse replaced. */
    static String fileName(PublicIdentity me) {
        String safe = me.name().replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        return (safe.isEmpty() ? "contrechamp" : safe) + "-card.txt";
    }

    static String text(Messages messages, PublicIdentity me) {
        return messages.get("share.card.title") + "\n\n"
                + messages.get("cli.identity.show", me.name(), me.fingerprint().display(), me.fingerprint().hex(),
                        KeyCard.publicKeyText(me))
                + "\n\n" + messages.get("share.card.how", fileName(me)) + "\n";
    }

    /** Runs off the FX thread. */
    static void write(Path target, Messages messages, PublicIdentity me) throws java.io.IOException {
        AtomicFiles.write(target, text(messages, me).getBytes(StandardCharsets.UTF_8), false);
    }
}
