package org.contrechamp.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.OperatorType;
import org.contrechamp.core.sighting.OsmValue;
import org.contrechamp.core.sighting.PositionSource;
import org.contrechamp.core.sighting.Status;
import org.contrechamp.core.sighting.SurveillanceArea;
import org.contrechamp.core.sighting.SurveillanceZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * English and French say the same things: the same keys in both languages, every key the code uses
 * exists, every text is a valid MessageFormat pattern with the same placeholders in both languages.
 */
class I18nConsistencyTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** A string literal that looks like a message key of one of our families. */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:problem|field|value|status|edit|error|cli|menu|export|action|form|map|dialog|settings|app|about|welcome|progress|tab|filter|share|hint|tooltip|photo|import|area|bundle|review|search|repo|trust|identity|sync|tiles|welcome|help|shortcut|list)\\.[A-Za-z0-9_.-]+)\"");
    private static final Pattern PROBLEM_CODE = Pattern.compile("Problem\\.of\\([^;]*?,\\s*\"([a-z0-9-]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "cli"})
    void englishAndFrenchHaveTheSameKeys(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties fr = load(bundle + "_fr.properties");
        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void everyTextIsAValidPatternWithTheSamePlaceholdersInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties fr = load("messages_fr.properties");
        for (String key : en.stringPropertyNames()) {
            for (Properties p : new Properties[] {en, fr}) {
                String text = p.getProperty(key);
                new MessageFormat(text); // throws on a broken pattern
                assertThat(text.replace("''", "")).as("lone ASCII apostrophe in %s (write ’ or '')", key)
                        .doesNotContain("'");
            }
            assertThat(placeholders(fr.getProperty(key))).as("placeholders of %s", key)
                    .isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties en = load("messages.properties");
        Properties cli = load("cli.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String source = Files.readString(file);
                Matcher keys = KEY_LITERAL.matcher(source);
                while (keys.find()) {
                    String key = keys.group(1);
                    boolean fileName = key.matches(".*\\.(json|properties|sql|db|log|png|txt|lock)");
                    if (!fileName && !en.containsKey(key) && !cli.containsKey(key) && !key.endsWith(".")) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
                Matcher codes = PROBLEM_CODE.matcher(source);
                while (codes.find()) {
                    String key = "problem." + codes.group(1);
                    if (!en.containsKey(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyValueOfEveryListHasALabel() throws IOException {
        Properties en = load("messages.properties");
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : new Class<?>[] {Kind.class, SurveillanceArea.class, SurveillanceZone.class, CameraType.class,
            CameraMount.class, OperatorType.class, Status.class, PositionSource.class}) {
            for (Object value : type.getEnumConstants()) {
                String key = ((OsmValue) value).labelKey();
                if (!en.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nConsistencyTest.class.getResourceAsStream("/org/contrechamp/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
