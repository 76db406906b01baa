package org.contrechamp.core.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON readers for files that come from elsewhere (bundles, key cards, key files): a duplicate key,
 * data after the document, or a document, string, number, name or nesting beyond the given limits is
 * an error instead of being silently resolved. Jackson's defaults are lenient on all of these.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /**
     * @param maxDocumentBytes longest accepted document
     * @param maxStringChars   longest accepted string value
     * @param maxDepth         deepest accepted nesting of objects and arrays
     */
    public static ObjectMapper mapper(long maxDocumentBytes, int maxStringChars, int maxDepth) {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxDocumentLength(maxDocumentBytes)
                .maxStringLength(maxStringChars)
                .maxNestingDepth(maxDepth)
                .maxNumberLength(40)
                .maxNameLength(256)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Correctly rounded like Double.parseDouble, several times faster: a bundle holds
                // two coordinates per record.
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }
}
