package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.bundle.ForkDetail;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.identity.Fingerprint;
import org.junit.jupiter.api.Test;

class AlertTextTest {

    private static final Fingerprint SIGNER = new Fingerprint("ab".repeat(32));

    private static BundleLedger.Alert fork(String detail) {
        return new BundleLedger.Alert(Instant.EPOCH, "fork", SIGNER, 3, "b".repeat(64), detail);
    }

    @Test
    void aForkIsToldInTheReadersLanguageWithTheBundleImportedFirst() {
        String first = "c".repeat(64);
        String fr = AlertText.of(fork(ForkDetail.SAME_NUMBER + " " + first), Messages.forLocale(Locale.FRENCH));
        assertThat(fr).startsWith("double signature : ").contains("numérotés 3").contains(first)
                .doesNotContain("already").doesNotContain("same-number");
        String en = AlertText.of(fork(ForkDetail.SAME_NUMBER + " " + first), Messages.forLocale(Locale.ENGLISH));
        assertThat(en).startsWith("fork: ").contains("numbered 3").contains(first);
    }

    @Test
    void everyKindOfForkHasASentenceInBothLanguages() {
        for (String detail : new String[] {ForkDetail.PREVIOUS_DIFFERS, ForkDetail.NEXT_DIFFERS}) {
            for (Locale locale : Messages.SUPPORTED) {
                String text = AlertText.of(fork(detail), Messages.forLocale(locale));
                assertThat(text).as("%s in %s", detail, locale).doesNotContain(detail).contains(SIGNER.display());
            }
        }
    }

    @Test
    void aDetailStoredAsASentenceByAnEarlierVersionIsShownAsItIs() {
        String old = "seq 3 was already imported as " + "d".repeat(64);
        assertThat(AlertText.of(fork(old), Messages.forLocale(Locale.FRENCH))).contains(old);
    }
}
