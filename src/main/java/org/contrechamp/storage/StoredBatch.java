package org.contrechamp.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.contrechamp.core.sighting.DamagedRecord;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingJson;

/**
 * Stored sighting documents gathered end to end, to be read by one parser per batch rather than one
 * per document. A batch whose reading fails, or gives back other records than its rows (an empty
 * text reads as nothing, a cut one swallows its neighbour), is read again document by document, so
 * that a damaged record costs only itself. Not thread-safe: one per listing.
 */
final class StoredBatch {

    private static final int DOCUMENTS = 256;
    private byte[] bytes = new byte[256 * 1024];
    private int length;
    private int documents;
    /** Where each document ends in {@link #bytes} (before its separating space), and whose row it is. */
    private final int[] ends = new int[DOCUMENTS];
    private final String[] ids = new String[DOCUMENTS];
    private final long[] revisions = new long[DOCUMENTS];
    private final List<Sighting> read = new ArrayList<>(DOCUMENTS);

    /** Adds the document of a row; true when the batch is full and should be read. */
    boolean add(String id, long revision, byte[] document) {
        if (length + document.length + 1 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + document.length + 1));
        }
        System.arraycopy(document, 0, bytes, length, document.length);
        length += document.length;
        ends[documents] = length;
        ids[documents] = id;
        revisions[documents] = revision;
        bytes[length++] = ' ';
        return ++documents == DOCUMENTS;
    }

    /**
     * Hands every gathered sighting to {@code action}, in order, each damaged record to
     * {@code damaged} in its place, and empties the batch.
     */
    void readInto(Consumer<Sighting> action, Consumer<DamagedRecord> damaged) {
        if (documents == 0) {
            return;
        }
        read.clear();
        boolean whole;
        try {
            SightingJson.fromStoredJsonSequence(bytes, length, read::add);
            whole = isEveryRowOnce();
        } catch (RuntimeException e) {
            whole = false;
        }
        if (whole) {
            read.forEach(action);
        } else {
            readOneByOne(action, damaged);
        }
        read.clear();
        length = 0;
        documents = 0;
    }

    /** Whether the sequence gave back one sighting per row, each the row's own. */
    private boolean isEveryRowOnce() {
        if (read.size() != documents) {
            return false;
        }
        for (int i = 0; i < documents; i++) {
            if (!read.get(i).id().toString().equals(ids[i])) {
                return false;
            }
        }
        return true;
    }

    private void readOneByOne(Consumer<Sighting> action, Consumer<DamagedRecord> damaged) {
        for (int i = 0; i < documents; i++) {
            int start = i == 0 ? 0 : ends[i - 1] + 1;
            byte[] document = Arrays.copyOfRange(bytes, start, ends[i]);
            Sighting sighting = readOne(ids[i], revisions[i], document, damaged);
            if (sighting != null) {
                action.accept(sighting);
            }
        }
    }

    /**
     * One stored document of the row {@code id} at {@code revision}, or null after handing it to
     * {@code damaged} when it cannot be read or is another record's.
     */
    static Sighting readOne(String id, long revision, byte[] document, Consumer<DamagedRecord> damaged) {
        UUID rowId = UUID.fromString(id);
        try {
            Sighting sighting = SightingJson.fromStoredJson(document);
            if (!sighting.id().equals(rowId)) {
                damaged.accept(new DamagedRecord(rowId, revision, "the text is the record of " + sighting.id()));
                return null;
            }
            return sighting;
        } catch (RuntimeException e) {
            damaged.accept(DamagedRecord.of(rowId, revision, e));
            return null;
        }
    }
}
