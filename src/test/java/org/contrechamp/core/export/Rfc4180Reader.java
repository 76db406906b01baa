package org.contrechamp.core.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests: records end with CRLF, a field is either plain (no comma,
 * quote, CR or LF) or quoted (quotes doubled inside). Anything else is an error, so that a writer
 * that leaves a bare quote or line break in a plain field fails the test instead of being read
 * leniently, as some spreadsheets would.
 */
final class Rfc4180Reader {

    private final String text;
    private int at;

    private Rfc4180Reader(String text) {
        this.text = text;
    }

    /** Every record of {@code text}, which must be empty or end with CRLF. */
    static List<List<String>> read(String text) {
        return new Rfc4180Reader(text).records();
    }

    private List<List<String>> records() {
        List<List<String>> records = new ArrayList<>();
        while (at < text.length()) {
            List<String> record = new ArrayList<>();
            while (true) {
                record.add(text.startsWith("\"", at) ? quoted() : plain());
                if (text.startsWith("\r\n", at)) {
                    at += 2;
                    break;
                }
                if (!text.startsWith(",", at)) {
                    throw error("a comma or CRLF after a field");
                }
                at++;
            }
            records.add(record);
        }
        return records;
    }

    private String plain() {
        int start = at;
        while (at < text.length() && ",\r\n\"".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        if (at < text.length() && text.charAt(at) == '"') {
            throw error("no quote inside a plain field");
        }
        if (at < text.length() && text.charAt(at) == '\r' && !text.startsWith("\r\n", at)) {
            throw error("no bare CR inside a plain field");
        }
        if (at < text.length() && text.charAt(at) == '\n') {
            throw error("no bare LF inside a plain field");
        }
        return text.substring(start, at);
    }

    private String quoted() {
        StringBuilder field = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw error("a closing quote");
            }
            char c = text.charAt(at++);
            if (c != '"') {
                field.append(c);
            } else if (text.startsWith("\"", at)) {
                field.append('"');
                at++;
            } else {
                return field.toString();
            }
        }
    }

    private IllegalArgumentException error(String expected) {
        int from = Math.max(0, at - 20);
        return new IllegalArgumentException("expected " + expected + " at offset " + at + " near "
                + text.substring(from, Math.min(text.length(), at + 20)).replace("\r", "\\r").replace("\n", "\\n"));
    }
}
