package org.contrechamp.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No key is written twice in one bundle. {@link Properties} keeps the last one silently, so a second
 * definition, added far down the file for another command, changes the text of the first command
 * without anyone seeing it.
 */
class I18nDuplicateKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_fr.properties", "cli.properties", "cli_fr.properties"})
    void noKeyIsDefinedTwice(String file) throws IOException {
        List<String> twice = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Properties recorder = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (!seen.add((String) key)) {
                    twice.add((String) key);
                }
                return super.put(key, value);
            }
        };
        try (InputStream in = getClass().getResourceAsStream("/org/contrechamp/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            recorder.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(twice).as("keys defined more than once in %s", file).isEmpty();
    }
}
