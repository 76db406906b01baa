package org.contrechamp.cli;

import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.i18n.Messages;

/**
 * One alert of the bundle ledger as a sentence. Kinds whose detail is a bare value or a word have a
 * sentence of their own ({@code cli.bundle.alert.KIND} or {@code cli.bundle.alert.KIND.WORD}); any
 * other detail, such as the English sentences earlier versions stored, is shown as it is.
 */
final class AlertText {

    private AlertText() {
    }

    static String of(BundleLedger.Alert alert, Messages messages) {
        return of(alert, messages, null);
    }

    /** @param signerName the signer's pseudonym where it is known here (shown before its fingerprint) */
    static String of(BundleLedger.Alert alert, Messages messages, String signerName) {
        String signer = alert.signer() == null ? "?"
                : signerName == null ? alert.signer().display() : signerName + " (" + alert.signer().display() + ")";
        String detail = alert.detail() == null ? "" : alert.detail();
        int space = detail.indexOf(' ');
        String word = space < 0 ? detail : detail.substring(0, space);
        String rest = space < 0 ? "" : detail.substring(space + 1);
        String byWord = "cli.bundle.alert." + alert.kind() + "." + word;
        if (!word.isEmpty() && messages.has(byWord)) {
            return messages.get(byWord, signer, alert.seq(), rest);
        }
        String byKind = "cli.bundle.alert." + alert.kind();
        if (messages.has(byKind)) {
            return messages.get(byKind, signer, alert.seq(), detail);
        }
        return messages.get("cli.bundle.alert", alert.kind(), signer, alert.seq(), detail);
    }
}
