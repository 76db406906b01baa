package org.contrechamp.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link StrictBase64} accepts exactly the canonical base64 the thorough reading accepts, with the same bytes. */
class StrictBase64Test {

    private static final byte[] ODD_BYTES = "AZaz09+/=-_\\\" \n\r\t.".getBytes(StandardCharsets.US_ASCII);

    /** The thorough reading's verdict ({@link Envelope#readTree}): the JDK's decoder, then canonical form. */
    private static byte[] thorough(byte[] text, int from, int length) {
        String s = new String(text, from, length, StandardCharsets.ISO_8859_1);
        try {
            byte[] decoded = Base64.getDecoder().decode(s);
            return Envelope.isCanonical(length, i -> s.charAt(i)) ? decoded : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void agrees(byte[] text, int from, int length) {
        assertThat(StrictBase64.decode(text, from, length))
                .as(new String(text, from, Math.min(length, 200), StandardCharsets.ISO_8859_1))
                .isEqualTo(thorough(text, from, length));
    }

    private static byte mangle(Random random) {
        return random.nextInt(8) == 0 ? (byte) (0x80 + random.nextInt(128)) : ODD_BYTES[random.nextInt(ODD_BYTES.length)];
    }

    @Test
    void agreesOnShortTextsAndTheirMangledForms() {
        Random random = new Random(3);
        for (int n = 0; n < 300; n++) {
            byte[] bytes = new byte[n];
            random.nextBytes(bytes);
            byte[] text = Base64.getEncoder().encode(bytes);
            assertThat(StrictBase64.decode(text, 0, text.length)).isEqualTo(bytes);
            for (int k = 0; k < 20 && text.length > 0; k++) {
                byte[] bent = text.clone();
                int at = k < 4 ? Math.max(0, text.length - 1 - k) : random.nextInt(text.length);
                bent[at] = mangle(random);
                agrees(bent, 0, bent.length);
                // Also read from inside a larger array, and cut short.
                byte[] framed = new byte[bent.length + 2];
                framed[0] = '"';
                System.arraycopy(bent, 0, framed, 1, bent.length);
                framed[framed.length - 1] = '"';
                agrees(framed, 1, bent.length);
                agrees(bent, 0, random.nextInt(bent.length + 1));
            }
        }
    }

    @Test
    void agreesOnTheLastGroupWithEveryCharacter() {
        for (String head : new String[] {"", "QUJD"}) {
            for (int c = 0; c < 256; c++) {
                for (String pattern : new String[] {"QU%c=", "Q%c==", "QUJ%c", "%c===", "Q%c=A"}) {
                    byte[] text = (head + pattern.formatted((char) c)).getBytes(StandardCharsets.ISO_8859_1);
                    agrees(text, 0, text.length);
                }
            }
        }
    }

    @Test
    void agreesOnLongTextsDecodedOnTwoCores() {
        Random random = new Random(5);
        byte[] bytes = new byte[3_000_001];
        random.nextBytes(bytes);
        byte[] text = Base64.getEncoder().encode(bytes);
        assertThat(StrictBase64.decode(text, 0, text.length)).isEqualTo(bytes);
        int groups = text.length / 4 - 1;
        int[] places = {0, 1, text.length / 2 - 4, (groups / 2) * 4 - 1, (groups / 2) * 4, (groups / 2) * 4 + 3,
            text.length - 5, text.length - 4, text.length - 2, text.length - 1};
        for (int at : places) {
            for (int k = 0; k < 4; k++) {
                byte[] bent = text.clone();
                bent[at] = mangle(random);
                agrees(bent, 0, bent.length);
            }
        }
    }
}
