package org.contrechamp.core.photo;

import java.util.List;

/**
 * A file that photo import cannot take, and why: {@link #reason()} is a message key suffix
 * ({@code photo.reason.<reason>}) with {@link #args()} for its text, and {@link #status()} says
 * whether the file is simply not a photo ({@code unsupported}) or a photo that failed.
 */
public final class PhotoReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ImportStatus status;
    private final String reason;
    private final transient List<Object> args;

    public PhotoReadException(ImportStatus status, String reason, Throwable cause, Object... args) {
        super(reason + " " + List.of(args), cause);
        this.status = status;
        this.reason = reason;
        this.args = List.of(args);
    }

    public static PhotoReadException failed(String reason, Object... args) {
        return new PhotoReadException(ImportStatus.FAILED, reason, null, args);
    }

    public static PhotoReadException unsupported(String reason, Object... args) {
        return new PhotoReadException(ImportStatus.UNSUPPORTED, reason, null, args);
    }

    public ImportStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public List<Object> args() {
        return args;
    }
}
