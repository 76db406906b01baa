package org.contrechamp.core.bundle;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

/**
 * A streaming parser that applies {@link StrictParse}'s checks to each token as it is read (every
 * name and text well-formed UTF-16 without NUL, every number finite) instead of walking a tree
 * afterwards, and refuses a name given twice in one object itself ({@link DuplicateNames}, in place
 * of the parser's slower check, which it turns off). Every way of moving on goes through
 * {@link #nextToken()}, so no token escapes them.
 */
final class CheckedParser extends JsonParserDelegate {

    private final String source;
    private final DuplicateNames names = new DuplicateNames();

    /** @param parser a parser that has read nothing yet */
    CheckedParser(JsonParser parser, String source) {
        super(parser);
        if (parser.currentToken() != null || !parser.getParsingContext().inRoot()
                || parser.getParsingContext().getEntryCount() > 0) {
            throw new IllegalArgumentException("the parser has started");
        }
        parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.source = source;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token == null) {
            return null;
        }
        switch (token) {
            case START_OBJECT, START_ARRAY -> names.open();
            case END_OBJECT, END_ARRAY -> names.close();
            case FIELD_NAME -> name(delegate.currentName());
            default -> value(token);
        }
        return token;
    }

    private void name(String name) {
        StrictParse.requireWellFormed(name, source);
        if (!names.add(name)) {
            throw new BundleRejectedException(source, "bundle-duplicate-key", Envelope.shorten(name));
        }
    }

    private void value(JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            // The parser's own buffer: most texts are then read as strings, but not all need to be.
            if (!StrictParse.isWellFormed(delegate.getTextCharacters(), delegate.getTextOffset(), delegate.getTextLength())) {
                throw new BundleRejectedException(source, "bundle-bad-text");
            }
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT && !Double.isFinite(delegate.getDoubleValue())) {
            throw new BundleRejectedException(source, "bundle-bad-number", delegate.getText());
        }
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    // The shortcuts below would ask the delegate for the next token directly, past the checks.

    @Override
    public String nextFieldName() throws IOException {
        return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
        return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
    }

    @Override
    public String nextTextValue() throws IOException {
        return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.VALUE_TRUE ? Boolean.TRUE : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
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
