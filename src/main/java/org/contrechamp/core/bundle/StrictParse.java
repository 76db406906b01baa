package org.contrechamp.core.bundle;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Parses untrusted JSON into a tree and turns every way it can be wrong into a bundle error code:
 * truncated, not JSON, trailing data, duplicate keys, limits exceeded, numbers that overflow to
 * infinity, strings with lone UTF-16 surrogates.
 */
final class StrictParse {

    private StrictParse() {
    }

    static JsonNode tree(ObjectMapper mapper, byte[] bytes, String source) {
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw new BundleRejectedException(source, "bundle-limit-exceeded", e.getOriginalMessage());
        } catch (JsonEOFException e) {
            throw new BundleRejectedException(source, "bundle-truncated");
        } catch (MismatchedInputException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
                throw new BundleRejectedException(source, "bundle-trailing-data");
            }
            throw new BundleRejectedException(source, "bundle-not-json", e.getOriginalMessage());
        } catch (JsonParseException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
                throw new BundleRejectedException(source, "bundle-duplicate-key", e.getOriginalMessage());
            }
            throw new BundleRejectedException(source, "bundle-not-json", e.getOriginalMessage());
        } catch (IOException e) {
            throw new BundleRejectedException(source, "bundle-not-json", String.valueOf(e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new BundleRejectedException(source, "bundle-truncated");
        }
        check(root, source);
        return root;
    }

    /** Walks the tree: every number finite, every text and name well-formed UTF-16. */
    private static void check(JsonNode node, String source) {
        if (node.isNumber()) {
            if (node.isFloatingPointNumber() && !Double.isFinite(node.asDouble())) {
                throw new BundleRejectedException(source, "bundle-bad-number", node.asText());
            }
        } else if (node.isTextual()) {
            requireWellFormed(node.asText(), source);
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                requireWellFormed(field.getKey(), source);
                check(field.getValue(), source);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                check(item, source);
            }
        }
    }

    static void requireWellFormed(String text, String source) {
        if (!isWellFormed(text)) {
            throw new BundleRejectedException(source, "bundle-bad-text");
        }
    }

    /**
     * {@link #isWellFormed(char[], int, int)} of a whole string, read in place: copying it out first
     * was most of the cost for the field names of a bundle's records, checked one by one.
     */
    static boolean isWellFormed(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c != 0 && (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    /** Whether {@code length} characters from {@code start} hold no NUL and no lone surrogate. */
    static boolean isWellFormed(char[] text, int start, int length) {
        int end = start + length;
        // Nearly every text is made of characters from U+0001 to U+D7FF only, which are all well
        // formed: that is checked first without a branch per character (a character c is outside
        // that range exactly when (char) (c - 1) + 0x2801 reaches bit 16), the exact check only
        // when one is outside it.
        int outside = 0;
        for (int i = start; i < end; i++) {
            outside |= (char) (text[i] - 1) + 0x2801;
        }
        if ((outside & 0x10000) == 0) {
            return true;
        }
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c != 0 && (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)) {
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c) || c == 0) {
                return false;
            }
        }
        return true;
    }
}
