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

import org.contrechamp.core.common.Utf8;

/**
 * Parses untrusted JSON into a tree and turns every way it can be wrong into a bundle error code:
 * not UTF-8 (UTF-16, UTF-32, overlong forms), truncated, not JSON, trailing data, duplicate keys,
 * limits exceeded, numbers that overflow to infinity, strings with lone UTF-16 surrogates. The one
 * reader of bundles: there is no second, faster path to keep equal to it.
 */
final class StrictParse {

    private StrictParse() {
    }

    static JsonNode tree(ObjectMapper mapper, byte[] bytes, String source) {
        long notUtf8 = Utf8.firstBadByte(bytes);
        if (notUtf8 >= 0) {
            throw new BundleRejectedException(source, "bundle-not-utf8", notUtf8);
        }
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
            throw notJson(source, e);
        } catch (JsonParseException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
                throw new BundleRejectedException(source, "bundle-duplicate-key", e.getOriginalMessage());
            }
            throw notJson(source, e);
        } catch (IOException e) {
            throw new BundleRejectedException(source, "bundle-not-json", 0, 0);
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

    /** Whether the text holds no NUL and no lone surrogate. */
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

    /**
     * Where the text stops being JSON, by line and column: the parser's own sentence is English
     * written for programmers, and the reader's language says the rest.
     */
    private static BundleRejectedException notJson(String source, com.fasterxml.jackson.core.JsonProcessingException e) {
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        return new BundleRejectedException(source, "bundle-not-json", at == null ? 0 : at.getLineNr(),
                at == null ? 0 : at.getColumnNr());
    }
}
