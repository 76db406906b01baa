package org.contrechamp.core.identity;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.StrictJson;

/**
 * The public card of an identity, {@code {"name", "fingerprint", "publicKey"}}: printed by
 * {@code identity show --json}, handed by a volunteer to a coordinator, read by {@code trust add}.
 * Reading checks everything, since the file comes from someone else.
 */
public final class KeyCard {

    /** A card is a few hundred bytes; anything far bigger is not one. */
    public static final int MAX_BYTES = 16 * 1024;
    private static final ObjectMapper JSON = StrictJson.mapper(MAX_BYTES, 1024, 4);

    private KeyCard() {
    }

    public static ObjectNode toJson(PublicIdentity identity) {
        ObjectNode card = JSON.createObjectNode();
        card.put("name", identity.name());
        card.put("fingerprint", identity.fingerprint().hex());
        card.put("publicKey", Base64.getEncoder().encodeToString(identity.publicKey()));
        return card;
    }

    /** The public key as the text form of the card shows it (base64 of the raw 32 bytes). */
    public static String publicKeyText(PublicIdentity identity) {
        return Base64.getEncoder().encodeToString(identity.publicKey());
    }

    /**
     * Reads a card (its JSON or its text form, see {@link KeyCardText}), or a bare public key (base64 of the raw 32 bytes). The fingerprint in a card,
     * when present, must be that of its key; the key must be usable (not a small-order point).
     *
     * @param source what the user named (a file name or "public key"), for messages
     * @param name   overrides the card's pseudonym when not null
     */
    public static PublicIdentity read(String source, String text, String name) {
        String trimmed = text.strip();
        if (KeyCardText.looksLikeText(trimmed)) {
            KeyCardText.Read card = KeyCardText.read(source, trimmed);
            byte[] key = decodeKey(source, Base64.getEncoder().encodeToString(card.publicKey()));
            if (card.fingerprint().isPresent() && !card.fingerprint().get().equals(Fingerprint.of(key))) {
                throw new InvalidInputException(Problem.of(source, "fingerprint-mismatch"));
            }
            return identity(source, name != null ? name : card.name(), key);
        }
        if (!trimmed.startsWith("{")) {
            byte[] key = decodeKey(source, trimmed);
            if (name == null || name.isEmpty()) {
                // A bare key carries no name, unlike a card: the user must give one.
                throw new InvalidInputException(Problem.of("--name", "name-required-for-key"));
            }
            return identity(source, name, key);
        }
        JsonNode root;
        try {
            root = JSON.readTree(trimmed);
        } catch (IOException e) {
            throw new InvalidInputException(Problem.of(source, "not-a-key-card"));
        }
        if (root == null || !root.isObject() || !root.path("publicKey").isTextual()) {
            throw new InvalidInputException(Problem.of(source, "not-a-key-card"));
        }
        byte[] key = decodeKey(source, root.get("publicKey").asText());
        JsonNode fingerprint = root.get("fingerprint");
        if (fingerprint != null) {
            Optional<Fingerprint> stated = Fingerprint.parse(fingerprint.asText());
            if (stated.isEmpty() || !stated.get().equals(Fingerprint.of(key))) {
                throw new InvalidInputException(Problem.of(source, "fingerprint-mismatch"));
            }
        }
        String cardName = root.path("name").isTextual() ? root.get("name").asText() : "";
        return identity(source, name != null ? name : cardName, key);
    }

    private static PublicIdentity identity(String source, String name, byte[] key) {
        if (name.isEmpty()) {
            throw new InvalidInputException(Problem.of("--name", "required"));
        }
        List<Problem> problems = Pseudonyms.problems("--name", name);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PublicIdentity(name, key);
    }

    private static byte[] decodeKey(String source, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Problem.of(source, "not-a-public-key"));
        }
        if (key.length != Ed25519.KEY_BYTES) {
            throw new InvalidInputException(Problem.of(source, "not-a-public-key"));
        }
        if (Ed25519.isSmallOrder(key)) {
            throw new InvalidInputException(Problem.of(source, "weak-public-key"));
        }
        return key;
    }
}
