package org.contrechamp.core.i18n;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * How the translation files are found: {@code NAME.properties} (English) and
 * {@code NAME_fr.properties}, nothing else. The JDK's default lookup would also ask for
 * {@code NAME_en}, {@code NAME_en_US} and bundle classes of those names, none of which exists, and a
 * resource that does not exist is searched for in every jar on the class path.
 */
public final class TranslationFiles extends ResourceBundle.Control {

    private static final TranslationFiles INSTANCE = new TranslationFiles();

    private TranslationFiles() {
    }

    /** The bundle {@code baseName} in French, or else in English. */
    public static ResourceBundle load(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, Messages.supported(locale), INSTANCE);
    }

    @Override
    public List<String> getFormats(String baseName) {
        return FORMAT_PROPERTIES;
    }

    @Override
    public List<Locale> getCandidateLocales(String baseName, Locale locale) {
        return Locale.FRENCH.equals(locale) ? List.of(Locale.FRENCH, Locale.ROOT) : List.of(Locale.ROOT);
    }

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
        return null;
    }
}
