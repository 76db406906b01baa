package org.contrechamp.storage;

import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.bundle.BundleFormat;

/**
 * Lists of revision digests as stored in a column: a JSON array of 64-digit hex strings. Digests need
 * no escaping, so they are written and read without a JSON library, as history's field lists are.
 */
final class DigestLists {

    private DigestLists() {
    }

    static String toJson(List<String> digests) {
        StringBuilder json = new StringBuilder(2 + digests.size() * 67).append('[');
        for (String d : digests) {
            if (!BundleFormat.isHex64(d)) {
                throw new IllegalArgumentException("not a digest: " + d);
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(d).append('"');
        }
        return json.append(']').toString();
    }

    /** Null (a row written before digests had parents) reads as no list. */
    static List<String> fromJson(String json) {
        if (json == null) {
            return List.of();
        }
        String inner = json.trim();
        inner = inner.substring(1, inner.length() - 1).trim();
        List<String> digests = new ArrayList<>();
        if (inner.isEmpty()) {
            return digests;
        }
        for (String part : inner.split(",")) {
            String d = part.trim().replace("\"", "");
            if (!BundleFormat.isHex64(d)) {
                throw new IllegalArgumentException("not a digest list: " + json);
            }
            digests.add(d);
        }
        return digests;
    }
}
