package org.contrechamp.core.bundle;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

/**
 * A streaming parser that applies {@link StrictParse}'s checks to each token as it is read (every
 * name and text well-formed UTF-16 without NUL, every number finite) instead of walking a tree
 * afterwards. Every way of moving on goes through {@link #nextToken()}, so no token escapes them.
 */
final class CheckedParser extends JsonParserDelegate {

    private final String source;

    CheckedParser(JsonParser parser, String source) {
        super(parser);
        this.source = source;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token == JsonToken.FIELD_NAME) {
            StrictParse.requireWellFormed(delegate.currentName(), source);
        } else if (token == JsonToken.VALUE_STRING) {
            // The parser's own buffer: most texts are then read as strings, but not all need to be.
            if (!StrictParse.isWellFormed(delegate.getTextCharacters(), delegate.getTextOffset(), delegate.getTextLength())) {
                throw new BundleRejectedException(source, "bundle-bad-text");
            }
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT && !Double.isFinite(delegate.getDoubleValue())) {
            throw new BundleRejectedException(source, "bundle-bad-number", delegate.getText());
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    /** The delegate would skip without checking. */
    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken current = currentToken();
        if (current == null || !current.isStructStart()) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken token = nextToken();
            if (token == null) {
                return this;
            }
            if (token.isStructStart()) {
                open++;
            } else if (token.isStructEnd()) {
                open--;
            }
        }
        return this;
    }
}
