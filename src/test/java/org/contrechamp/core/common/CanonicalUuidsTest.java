package org.contrechamp.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUuidsTest {

    /** What the ids were checked with before: the JDK's reading, then its writing must give the text back. */
    private static UUID byTheJdk(String text) {
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equals(text) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Test
    void readsWhatUuidsWrite() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            UUID id = i == 0 ? new UUID(0, 0) : i == 1 ? new UUID(-1, -1) : new UUID(random.nextLong(), random.nextLong());
            assertThat(CanonicalUuids.parse(id.toString())).isEqualTo(id);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1-1-1-1-1", "2B8EA5A1-6FBB-429D-A7B9-3B4138EBBC16", "2b8ea5a1-6fbb-429d-a7b9-3b4138ebbc1",
        "2b8ea5a1-6fbb-429d-a7b9-3b4138ebbc16 ", "2b8ea5a1-6fbb-429d-a7b9-3b4138ebbc1g", "2b8ea5a1+6fbb-429d-a7b9-3b4138ebbc16",
        "2b8ea5a16-fbb-429d-a7b9-3b4138ebbc16", "+b8ea5a1-6fbb-429d-a7b9-3b4138ebbc16", "2b8ea5a1-6fbb-429d-a7b9--b4138ebbc16",
        "2b8ea5a1-6fbb-429d-a7b9-3b4138ebbc16", "00000000-0000-0000-0000-000000000000", "2b8ea5a1-6fbb-429d-a7b9-3b4138ebbc١٦"})
    void agreesWithTheJdkOnOddTexts(String text) {
        assertThat(CanonicalUuids.parse(text)).isEqualTo(byTheJdk(text));
    }

    @Test
    void agreesWithTheJdkOnMangledIds() {
        Random random = new Random(11);
        String alphabet = "0123456789abcdefABCDEF-xg ";
        for (int i = 0; i < 20_000; i++) {
            char[] text = new UUID(random.nextLong(), random.nextLong()).toString().toCharArray();
            text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            String mangled = new String(text);
            assertThat(CanonicalUuids.parse(mangled)).as(mangled).isEqualTo(byTheJdk(mangled));
        }
    }
}
