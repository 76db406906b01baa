package org.contrechamp.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The XML writers' stream: opened with its declaration, and its failures, which are nearly always the
 * disk, reported as the I/O error they wrap.
 */
final class XmlFailure {

    private XmlFailure() {
    }

    /** A stream writer on {@code out}, the XML declaration written. */
    static javax.xml.stream.XMLStreamWriter open(java.io.Writer out) {
        try {
            javax.xml.stream.XMLStreamWriter xml = javax.xml.stream.XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            return xml;
        } catch (javax.xml.stream.XMLStreamException e) {
            throw of(e);
        }
    }

    static UncheckedIOException of(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause instanceof IOException io ? new UncheckedIOException(io) : new UncheckedIOException(new IOException(e));
    }
}
