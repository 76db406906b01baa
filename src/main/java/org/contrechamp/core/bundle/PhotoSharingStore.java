package org.contrechamp.core.bundle;

import java.util.List;
import java.util.Optional;

/**
 * Per-photo sharing data kept in the database: the redaction boxes a volunteer drew, and which shared
 * copy was already made of an original with a given recipe (size and boxes). Implemented by storage.
 */
public interface PhotoSharingStore {

    List<Redaction> redactions(String photoSha256);

    /** Replaces the boxes of a photo (an empty list removes them). */
    void setRedactions(String photoSha256, List<Redaction> boxes);

    Optional<String> sharedCopy(String originalSha256, String recipe);

    void rememberSharedCopy(String originalSha256, String recipe, String sharedSha256, long size);

    /**
     * How this computer names a photo a bundle names by its shared copy: the original it was made
     * from, when this computer made it (the author's side); the shared hash itself otherwise.
     */
    default String localName(String sharedSha256) {
        return sharedSha256;
    }

    /** The shared copy last made of an original, or the hash itself when none was made. */
    default String sharedName(String originalSha256) {
        return originalSha256;
    }
}
