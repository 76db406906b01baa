package org.contrechamp.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A failure of the XML stream writer, which is nearly always the disk: reported as the I/O error it wraps. */
final class XmlFailure {

    private XmlFailure() {
    }

    static UncheckedIOException of(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause instanceof IOException io ? new UncheckedIOException(io) : new UncheckedIOException(new IOException(e));
    }
}
