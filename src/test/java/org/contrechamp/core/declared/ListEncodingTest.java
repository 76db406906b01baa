package org.contrechamp.core.declared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.contrechamp.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class ListEncodingTest {

    private static final String TEXT = "id;site\n1;Rue de l’Église, Faubourg Saint-Honoré\n";

    @Test
    void utf8IsReadWithOrWithoutItsByteOrderMark() {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[plain.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, marked, 3, plain.length);
        assertThat(ListEncoding.decode("l.csv", plain)).isEqualTo(new ListEncoding.Decoded(TEXT, "UTF-8"));
        assertThat(ListEncoding.decode("l.csv", marked)).isEqualTo(new ListEncoding.Decoded(TEXT, "UTF-8"));
    }

    @Test
    void windows1252IsReadWhenTheBytesAreNotUtf8() {
        byte[] bytes = TEXT.getBytes(Charset.forName("windows-1252"));
        ListEncoding.Decoded decoded = ListEncoding.decode("l.csv", bytes);
        assertThat(decoded.encoding()).isEqualTo("Windows-1252");
        assertThat(decoded.text()).isEqualTo(TEXT);
    }

    @Test
    void utf16WithItsMarkIsRead() {
        byte[] bytes = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
        assertThat(ListEncoding.decode("l.csv", bytes).text()).isEqualTo(TEXT);
    }

    @Test
    void bytesNoKnownEncodingUsesAreRefusedNamingTheFile() {
        byte[] utf16WithoutMark = TEXT.getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> ListEncoding.decode("liste.csv", utf16WithoutMark))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("liste.csv");
                    assertThat(e.problems().get(0).code()).isEqualTo("declared-unknown-encoding");
                });
        byte[] undefinedIn1252 = {'i', 'd', '\n', (byte) 0x81, (byte) 0xE9};
        assertThatThrownBy(() -> ListEncoding.decode("liste.csv", undefinedIn1252))
                .isInstanceOf(InvalidInputException.class);
    }
}
