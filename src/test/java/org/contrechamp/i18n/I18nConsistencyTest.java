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

    /** "record(s)", "photo(s)", "importé(e)s": a count's noun written for every number at once. */
    private static final Pattern PLURAL_IN_BRACKETS = Pattern.compile("\\w\\((?:s|es|e|e\\)s|x)\\)");
    /** A count put straight before a word in the plural, outside any choice: "{0,number,integer} photos". */
    private static final Pattern COUNT_BEFORE_PLURAL = Pattern.compile("\\{\\d+,number,integer\\}[ \\u00a0]+(\\p{L}+)");
    /** Words ending in s or x that are not plurals, and units that do not take one. */
    private static final Set<String> NOT_PLURALS = Set.of("sans", "dans", "pas", "plus", "ms", "km", "s");
    /**
     * Texts whose count is never 1, with why: a photo refused for its size has millions of pixels.
     */
    private static final Set<String> NEVER_ONE = Set.of("photo.unshared.too-many-pixels");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "cli"})
    void countsHaveRealPluralsAndNoBracketedOnes(String bundle) throws IOException {
        for (String file : new String[] {bundle + ".properties", bundle + "_fr.properties"}) {
            Properties p = load(file);
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String text = p.getProperty(key);
                assertThat(PLURAL_IN_BRACKETS.matcher(text).find()).as("%s in %s writes a plural in brackets: %s", key,
                        file, text).isFalse();
                if (NEVER_ONE.contains(key)) {
                    continue;
                }
                Matcher m = COUNT_BEFORE_PLURAL.matcher(withoutChoices(text));
                while (m.find()) {
                    String word = m.group(1);
                    boolean plural = word.length() > 1 && (word.endsWith("s") || word.endsWith("x"))
                            && !NOT_PLURALS.contains(word.toLowerCase(java.util.Locale.ROOT));
                    assertThat(plural).as("%s in %s puts a count before “%s” without a {N,choice,...} for 0 and 1: %s",
                            key, file, word, text).isFalse();
                }
            }
        }
    }

    @Test
    void theCountRuleCatchesWhatItIsFor() {
        assertThat(PLURAL_IN_BRACKETS.matcher("3 record(s) written").find()).isTrue();
        assertThat(COUNT_BEFORE_PLURAL.matcher(withoutChoices("{0,number,integer} photos")).find()).isTrue();
        assertThat(COUNT_BEFORE_PLURAL.matcher(withoutChoices(
                "{0,number,integer} {0,choice,0#photos|1#photo|1<photos}")).find()).isFalse();
    }

    /** The text with every {N,choice,...} replaced by a mark: its cases handle the plural already. */
    static String withoutChoices(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            Matcher m = Pattern.compile("\\{\\d+,choice,").matcher(text).region(i, text.length());
            if (m.lookingAt()) {
                int depth = 0;
                int j = i;
                for (; j < text.length(); j++) {
                    char c = text.charAt(j);
                    if (c == '{') {
                        depth++;
                    } else if (c == '}' && --depth == 0) {
                        break;
                    }
                }
                out.append("<choice>");
                i = j + 1;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
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
