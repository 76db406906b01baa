package org.contrechamp.core.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.contrechamp.core.common.Problem;

/**
 * The user-facing texts, in English and French ({@code messages.properties} and
 * {@code messages_fr.properties}). Both faces (CLI and UI) say things through this class, so a text
 * exists once and is translated once.
 */
public final class Messages {

    public static final String BUNDLE = "org.contrechamp.i18n.messages";
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = TranslationFiles.load(BUNDLE, locale);
    }

    /** Texts in the given language; any language other than French gets English. */
    public static Messages forLocale(Locale requested) {
        return new Messages(supported(requested));
    }

    /** The supported language closest to the requested one (French or else English). */
    public static Locale supported(Locale requested) {
        if (requested != null && Locale.FRENCH.getLanguage().equals(requested.getLanguage())) {
            return Locale.FRENCH;
        }
        return Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text under {@code key}, with {@code args} put into its {@code {0}}, {@code {1}}... */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug the i18n test catches; showing the key beats crashing.
            return key;
        }
        // Always through MessageFormat, so that quoting rules are the same for every text
        // (an ASCII apostrophe is written '' or, better, as the typographic ’).
        if (locale.equals(Locale.FRENCH)) {
            pattern = FrenchElision.apply(pattern, args);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** "Latitude: must be between -90 and 90 (got 91)", with the field's label, for windows. */
    public String describe(Problem problem) {
        return get("problem.format", fieldLabel(problem.field()), explain(problem));
    }

    /** "latitude: must be between -90 and 90 (got 91)", with the field's own name, for the command line. */
    public String describeByName(Problem problem) {
        return get("problem.format", problem.field(), explain(problem));
    }

    /** The rule that failed, without the field: "must be between -90 and 90 (got 91)". */
    public String explain(Problem problem) {
        return get(problem.messageKey(), problem.args().toArray());
    }

    /** The user's name of a field: a translated label when there is one, else the field name itself. */
    public String fieldLabel(String field) {
        String key = "field." + field;
        return has(key) ? get(key) : field;
    }
}
