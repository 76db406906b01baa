package org.contrechamp.core.provenance;

/**
 * Someone whose work a record holds: a key and the pseudonym this computer knows it by.
 *
 * @param key  fingerprint (hex), null when this data directory has no identity yet
 * @param name pseudonym: the keyring's name for others, the identity's own for this computer's key;
 *             the short fingerprint when the key is not in the keyring
 * @param self whether it is this data directory's own key
 */
public record Person(String key, String name, boolean self) {

    /** How the desk writes this person: the pseudonym, with "(you)" for this computer's own key. */
    public String shownIn(org.contrechamp.core.i18n.Messages messages) {
        if (self) {
            return name.isEmpty() ? messages.get("provenance.you") : messages.get("provenance.you-named", name);
        }
        return name;
    }

    /** "you" for this computer's own key, else the pseudonym: for a sentence that names it in parentheses. */
    public String nameOrYouIn(org.contrechamp.core.i18n.Messages messages) {
        return self ? messages.get("provenance.you") : name;
    }
}
