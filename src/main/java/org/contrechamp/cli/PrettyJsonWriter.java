package org.contrechamp.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

import org.contrechamp.core.common.DecimalText;

/**
 * Writes an indented JSON document, in the layout Jackson's default pretty printer gives the other
 * commands' output ({@code "name" : value}, two spaces per object level, arrays inline). The import
 * report is the only large JSON a command prints; writing it by hand spares a short command loading
 * and warming up the JSON library, a noticeable share of a dry run of a few hundred photos.
 */
final class PrettyJsonWriter {

    private static final String NEWLINE = System.lineSeparator();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final Writer out;
    /** Per open object or array: whether it is an object, and how many entries it has so far. */
    private final Deque<int[]> open = new ArrayDeque<>();
    private int objectDepth;

    PrettyJsonWriter(Writer out) {
        this.out = out;
    }

    PrettyJsonWriter startObject() throws IOException {
        beforeValue();
        out.write('{');
        open.push(new int[] {1, 0});
        objectDepth++;
        return this;
    }

    PrettyJsonWriter endObject() throws IOException {
        int[] object = open.pop();
        objectDepth--;
        if (object[1] > 0) {
            indent();
        } else {
            out.write(' ');
        }
        out.write('}');
        return this;
    }

    PrettyJsonWriter startArray() throws IOException {
        beforeValue();
        out.write('[');
        open.push(new int[] {0, 0});
        return this;
    }

    PrettyJsonWriter endArray() throws IOException {
        open.pop();
        out.write(' ');
        out.write(']');
        return this;
    }

    /** The name of the next entry of the current object. */
    PrettyJsonWriter name(String name) throws IOException {
        int[] object = open.peek();
        out.write(object[1]++ > 0 ? "," : "");
        indent();
        string(name);
        out.write(" : ");
        return this;
    }

    PrettyJsonWriter value(String text) throws IOException {
        beforeValue();
        if (text == null) {
            out.write("null");
        } else {
            string(text);
        }
        return this;
    }

    /** A number, or null when absent or not finite (JSON has no NaN). */
    PrettyJsonWriter value(Double number) throws IOException {
        beforeValue();
        out.write(number == null || !Double.isFinite(number) ? "null" : Double.toString(number));
        return this;
    }

    /** Degrees to 7 decimals (OpenStreetMap's precision), without binary noise; null when absent. */
    PrettyJsonWriter coordinate(Double degrees) throws IOException {
        beforeValue();
        out.write(degrees == null || !Double.isFinite(degrees) ? "null" : DecimalText.coordinate(degrees));
        return this;
    }

    PrettyJsonWriter value(Integer number) throws IOException {
        beforeValue();
        out.write(number == null ? "null" : Integer.toString(number));
        return this;
    }

    PrettyJsonWriter value(long number) throws IOException {
        beforeValue();
        out.write(Long.toString(number));
        return this;
    }

    PrettyJsonWriter value(boolean flag) throws IOException {
        beforeValue();
        out.write(flag ? "true" : "false");
        return this;
    }

    /** Inside an array, the separator before every element but the first. */
    private void beforeValue() throws IOException {
        int[] container = open.peek();
        if (container != null && container[0] == 0) {
            out.write(container[1]++ > 0 ? ", " : " ");
        }
    }

    private void indent() throws IOException {
        out.write(NEWLINE);
        for (int i = 0; i < objectDepth; i++) {
            out.write("  ");
        }
    }

    /** A quoted string: quote, backslash and control characters escaped, the rest as is (UTF-8). */
    private void string(String text) throws IOException {
        out.write('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\b' -> out.write("\\b");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\f' -> out.write("\\f");
                case '\r' -> out.write("\\r");
                default -> {
                    if (c < 0x20) {
                        out.write("\\u00");
                        out.write(HEX[c >> 4]);
                        out.write(HEX[c & 0xF]);
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }
}
