package org.contrechamp.core.area.osm;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Remembers the first read failure of the stream below. The XML parser turns an input failure (a
 * gzip stream cut short, say) into a vague "premature end of file"; with the failure kept here, the
 * reader can say what really happened.
 */
final class FailureRecordingInputStream extends FilterInputStream {

    private IOException failure;

    FailureRecordingInputStream(InputStream in) {
        super(in);
    }

    IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            failure = failure == null ? e : failure;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            failure = failure == null ? e : failure;
            throw e;
        }
    }
}
