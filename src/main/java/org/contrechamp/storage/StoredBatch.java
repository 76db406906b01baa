package org.contrechamp.storage;

import java.util.Arrays;
import java.util.function.Consumer;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingJson;

/**
 * Stored sighting documents gathered end to end, to be read by one parser per batch rather than one
 * per document. Not thread-safe: one per listing.
 */
final class StoredBatch {

    private static final int DOCUMENTS = 256;
    private byte[] bytes = new byte[256 * 1024];
    private int length;
    private int documents;

    /** Adds a document; true when the batch is full and should be read. */
    boolean add(byte[] document) {
        if (length + document.length + 1 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + document.length + 1));
        }
        System.arraycopy(document, 0, bytes, length, document.length);
        length += document.length;
        bytes[length++] = ' ';
        return ++documents == DOCUMENTS;
    }

    /** Hands every gathered sighting to {@code action}, in order, and empties the batch. */
    void readInto(Consumer<Sighting> action) {
        if (documents > 0) {
            SightingJson.fromStoredJsonSequence(bytes, length, action);
        }
        length = 0;
        documents = 0;
    }
}
