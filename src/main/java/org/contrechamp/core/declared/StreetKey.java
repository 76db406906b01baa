package org.contrechamp.core.declared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.contrechamp.core.area.NameKey;

/**
 * Street names as official lists write them, brought to one form to compare with the area's names:
 * {@link NameKey} (case, accents, hyphens, apostrophes), abbreviations written out ("Bd" is
 * "boulevard", "St" is "saint", "R." is "rue"), articles dropped ("de", "du", "des", "de la",
 * "l'"), and the inverted form of card indexes put back ("RIVOLI (RUE DE)" is "rue de Rivoli").
 * {@link #bag} also forgets the order of the words.
 */
public final class StreetKey {

    private static final Pattern INVERTED = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$");

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("bd", "boulevard"), Map.entry("bld", "boulevard"), Map.entry("blvd", "boulevard"),
            Map.entry("boul", "boulevard"), Map.entry("av", "avenue"), Map.entry("ave", "avenue"),
            Map.entry("pl", "place"), Map.entry("st", "saint"), Map.entry("ste", "sainte"), Map.entry("r", "rue"),
            Map.entry("fbg", "faubourg"), Map.entry("fg", "faubourg"), Map.entry("faub", "faubourg"),
            Map.entry("imp", "impasse"), Map.entry("pass", "passage"), Map.entry("sq", "square"),
            Map.entry("crs", "cours"), Map.entry("rte", "route"), Map.entry("ch", "chemin"), Map.entry("chem", "chemin"),
            Map.entry("qu", "quai"), Map.entry("pte", "porte"), Map.entry("all", "allee"), Map.entry("espl", "esplanade"),
            Map.entry("prom", "promenade"), Map.entry("gal", "general"), Map.entry("gen", "general"),
            Map.entry("mal", "marechal"), Map.entry("pdt", "president"), Map.entry("pres", "president"),
            Map.entry("dr", "docteur"), Map.entry("cdt", "commandant"), Map.entry("lt", "lieutenant"),
            Map.entry("q", "quai"), Map.entry("che", "chemin"), Map.entry("esc", "escalier"));

    private static final Set<String> ARTICLES = Set.of("de", "du", "des", "d", "la", "le", "les", "l", "au", "aux");

    /** Words that say what kind of street it is, written out: a name without one may still match. */
    static final Set<String> STREET_TYPES = Set.of("rue", "avenue", "boulevard", "place", "impasse", "passage", "square",
            "cours", "route", "chemin", "quai", "allee", "esplanade", "promenade", "faubourg", "villa", "cite", "voie",
            "sentier", "parvis", "pont", "port", "rond", "carrefour", "galerie", "escalier", "escaliers", "montee",
            "traverse", "ruelle", "porte");

    private StreetKey() {
    }

    /** The words of a name in this form, in their order. */
    public static List<String> words(String name) {
        return words(name, false);
    }

    /**
     * {@link #of} with the articles kept: "Avenue Saint-Romain" and "Avenue de Saint-Romain" are two
     * streets of Monaco, told apart only by their article.
     */
    public static String withArticles(String name) {
        return String.join(" ", words(name, true));
    }

    private static List<String> words(String name, boolean keepArticles) {
        String text = name == null ? "" : name.strip();
        Matcher inverted = INVERTED.matcher(text);
        if (inverted.matches() && !inverted.group(1).isBlank()) {
            text = inverted.group(2) + " " + inverted.group(1);
        }
        List<String> words = new ArrayList<>();
        for (String word : NameKey.of(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String full = ABBREVIATIONS.getOrDefault(word, word);
            if (keepArticles || !ARTICLES.contains(full)) {
                words.add(full);
            }
        }
        return words;
    }

    /** "rue de l'Église" and "R. Eglise" both give "rue eglise". */
    public static String of(String name) {
        return String.join(" ", words(name));
    }

    /** {@link #of} with the words sorted: "Rivoli rue" and "rue de Rivoli" are the same bag. */
    public static String bag(String name) {
        String[] words = words(name).toArray(new String[0]);
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /** {@link #of} without a leading street type: "Rivoli" for "rue de Rivoli". */
    public static String withoutType(String name) {
        List<String> words = words(name);
        if (!words.isEmpty() && STREET_TYPES.contains(words.get(0))) {
            words = words.subList(1, words.size());
        }
        return String.join(" ", words);
    }

    /** Whether the name starts with a street type ("rue ...", "Bd ..."). */
    public static boolean hasType(String name) {
        List<String> words = words(name);
        return !words.isEmpty() && STREET_TYPES.contains(words.get(0));
    }
}
