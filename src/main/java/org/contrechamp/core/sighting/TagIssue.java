package org.contrechamp.core.sighting;

/**
 * A tag value that was not taken as it stood: either read after normalising it ({@code traffic_signal}
 * became {@code traffic_signals}, {@code -140} became {@code 220}) or not readable at all and kept
 * verbatim. Nothing is dropped silently: every such value produces one issue.
 *
 * @param key      the tag key
 * @param value    the value as found
 * @param written  the value the sighting now writes for this key (equal to {@code value} when kept verbatim)
 * @param reason   a message-key suffix saying why ({@code unknown-value}, {@code out-of-range}...)
 */
public record TagIssue(String key, String value, Outcome outcome, String written, String reason) {

    public enum Outcome {
        /** Read, but written back differently. */
        NORMALISED,
        /** Could not be read; kept verbatim among the extra tags. */
        KEPT_VERBATIM
    }

    public static TagIssue normalised(String key, String value, String written) {
        return new TagIssue(key, value, Outcome.NORMALISED, written, "normalised");
    }

    public static TagIssue verbatim(String key, String value, String reason) {
        return new TagIssue(key, value, Outcome.KEPT_VERBATIM, value, reason);
    }
}
