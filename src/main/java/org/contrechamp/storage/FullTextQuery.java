package org.contrechamp.storage;

import java.util.StringJoiner;

/**
 * Turns what a user types into an FTS5 query that cannot be misread as syntax: each word quoted (so
 * AND, NEAR, quotes or a colon are just text) and matched as a prefix, all words required.
 */
final class FullTextQuery {

    private FullTextQuery() {
    }

    static String of(String typed) {
        StringJoiner query = new StringJoiner(" ");
        for (String word : typed.strip().split("[\\s\\p{Punct}&&[^'’-]]+")) {
            if (!word.isBlank()) {
                query.add('"' + word.replace("\"", "\"\"") + "\"*");
            }
        }
        return query.toString();
    }
}
