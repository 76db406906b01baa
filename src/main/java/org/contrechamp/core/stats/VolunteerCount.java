package org.contrechamp.core.stats;

/**
 * How many of the counted cameras one person surveyed (made the first revision of).
 *
 * @param key     the fingerprint (hex) of their key; {@code ""} for this computer's own person;
 *                {@link #UNKNOWN} for records whose first revision names no key (received from an
 *                earlier version)
 * @param name    their pseudonym as the trust store (or this computer's identity) names them; null
 *                when the key is not in the trust store
 */
public record VolunteerCount(String key, String name, int cameras) {

    public static final String UNKNOWN = "?";

    public boolean self() {
        return key.isEmpty();
    }
}
