package org.contrechamp.core.bundle;

/**
 * What a fork alert found, stored as a word rather than a sentence, so that the alert is shown in the
 * language of whoever reads it, not in the language of the computer that imported the bundle.
 */
public final class ForkDetail {

    /** The signer's bundle with this number was already imported (followed by that bundle's id). */
    public static final String SAME_NUMBER = "same-number";
    /** The bundle's {@code prev} does not name the imported bundle numbered one less. */
    public static final String PREVIOUS_DIFFERS = "previous-differs";
    /** The imported bundle numbered one more names another bundle as its {@code prev}. */
    public static final String NEXT_DIFFERS = "next-differs";

    private ForkDetail() {
    }
}
