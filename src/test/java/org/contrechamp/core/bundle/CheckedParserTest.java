package org.contrechamp.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.io.SerializedString;

import org.junit.jupiter.api.Test;

/** Every way of moving on through {@link CheckedParser} goes through its checks, shortcuts included. */
class CheckedParserTest {

    private static CheckedParser parser(String json) throws IOException {
        return new CheckedParser(new JsonFactory().createParser(json), "test");
    }

    @Test
    void aNameGivenTwiceIsRefusedWhicheverWayTheNamesAreRead() throws IOException {
        CheckedParser byName = parser("{\"a\":1,\"a\":2}");
        byName.nextToken();
        assertThat(byName.nextFieldName()).isEqualTo("a");
        assertThat(byName.nextIntValue(-1)).isEqualTo(1);
        assertThatThrownBy(byName::nextFieldName).isInstanceOf(BundleRejectedException.class)
                .hasMessageContaining("bundle-duplicate-key");

        CheckedParser bySerialized = parser("{\"a\":1,\"a\":2}");
        bySerialized.nextToken();
        assertThat(bySerialized.nextFieldName(new SerializedString("a"))).isTrue();
        assertThat(bySerialized.nextLongValue(-1)).isEqualTo(1);
        assertThatThrownBy(() -> bySerialized.nextFieldName(new SerializedString("a")))
                .isInstanceOf(BundleRejectedException.class);
    }

    @Test
    void textsAreCheckedWhenReadAsTheNextValue() throws IOException {
        CheckedParser p = parser("[\"ok\",true,\"a\\u0000b\"]");
        p.nextToken();
        assertThat(p.nextTextValue()).isEqualTo("ok");
        assertThat(p.nextBooleanValue()).isTrue();
        assertThatThrownBy(p::nextTextValue).isInstanceOf(BundleRejectedException.class)
                .hasMessageContaining("bundle-bad-text");
    }
}
