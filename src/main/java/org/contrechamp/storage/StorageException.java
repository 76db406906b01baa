package org.contrechamp.storage;

/** An unexpected database failure: a bug or an environment problem, logged with its SQL cause. */
public class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
