package org.contrechamp.core.declared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a site text asks for: the streets it names, in order, and a house number when it gives one.
 * Lists write crossings as "Rue Saint-Denis, rue de Rivoli", "angle rue A et rue B", "A / B" or
 * "A x B", with the precision apart ("croisement", "angle", "face au 12", "au droit du 3").
 */
public record SiteQuery(List<String> streets, String houseNumber) {

    public SiteQuery {
        streets = List.copyOf(streets);
    }

    /** Separators that never occur inside a street name. */
    private static final Pattern STRONG = Pattern.compile("\\s*(?:[,;/\\\\&+|]|\\s[xX×]\\s|\\s[-–—]\\s)\\s*");
    /** "et", "angle": inside names too ("Rue Pierre et Marie Curie"), so only before a street type. */
    private static final Pattern WEAK = Pattern.compile("\\s+(?:et|angle|à l['’]angle de|a l['’]angle de|x)\\s+(?=\\S)",
            Pattern.CASE_INSENSITIVE);
    /** Words before the streets that say how the site is meant, not where. */
    private static final Pattern LEADING = Pattern.compile("^(?:(?:à|a)\\s+l['’]\\s*angle\\s+(?:de\\s+la|du|des|de)?|angle"
            + "(?:\\s+(?:de\\s+la|du|des|de))?|carrefour(?:\\s+(?:de\\s+la|du|des|de))?|croisement(?:\\s+(?:de\\s+la|du|des|de))?"
            + "|intersection(?:\\s+(?:de\\s+la|du|des|de))?|face\\s+(?:au|à|a)|en\\s+face\\s+du|au\\s+droit\\s+du|devant\\s+le"
            + "|au\\s+niveau\\s+du|niveau)\\s*[:.]?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile(
            "^(?:n[°o]\\s*|no\\.?\\s*)?(\\d+)\\s*(bis|ter|quater|[a-d](?![a-z]))?\\s*,?\\s+(?=\\p{L})", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_IN_PRECISION = Pattern.compile("(\\d+)\\s*(bis|ter|quater)?", Pattern.CASE_INSENSITIVE);

    public static SiteQuery of(String siteText, String precision) {
        String text = siteText == null ? "" : siteText.strip();
        List<String> streets = new ArrayList<>();
        String number = null;
        for (String part : split(text)) {
            String street = part;
            for (Matcher lead = LEADING.matcher(street); lead.find(); lead = LEADING.matcher(street)) {
                street = street.substring(lead.end());
            }
            Matcher alone = NUMBER_IN_PRECISION.matcher(street.strip());
            if (alone.matches()) { // "12, rue de Rivoli": the number before the first separator
                number = number != null ? number : houseNumber(alone.group(1), alone.group(2));
                continue;
            }
            Matcher n = NUMBER.matcher(street);
            if (n.find()) {
                number = number != null ? number : houseNumber(n.group(1), n.group(2));
                street = street.substring(n.end());
            }
            street = street.strip();
            if (!street.isEmpty() && street.chars().anyMatch(Character::isLetter)) {
                streets.add(street);
            }
        }
        if (number == null && precision != null && streets.size() == 1) {
            Matcher n = NUMBER_IN_PRECISION.matcher(precision);
            if (n.find()) {
                number = houseNumber(n.group(1), n.group(2));
            }
        }
        return new SiteQuery(streets, number);
    }

    private static String houseNumber(String digits, String suffix) {
        return suffix == null ? digits : digits + " " + suffix.toLowerCase(Locale.ROOT);
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        for (String strong : STRONG.split(text)) {
            List<String> weak = splitWeak(strong);
            parts.addAll(weak);
        }
        return parts;
    }

    /**
     * "rue A et rue B": split at "et" only when a street type follows it, or when the name before it
     * is in the card-index form ("MOULINS (BD DES) et BOULINGRINS (ALLEES DES)"), which no single
     * name ends with in the middle of a text.
     */
    private static List<String> splitWeak(String text) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        Matcher m = WEAK.matcher(text);
        while (m.find()) {
            boolean indexForm = text.substring(from, m.start()).strip().endsWith(")");
            if ((StreetKey.hasType(text.substring(m.end())) || indexForm) && from < m.start()) {
                parts.add(text.substring(from, m.start()));
                from = m.end();
            }
        }
        parts.add(text.substring(from));
        return parts;
    }

    public boolean isCrossing() {
        return streets.size() >= 2;
    }
}
