package org.contrechamp.core.bundle;

import java.util.Arrays;

/**
 * Where the records of a manifest lie in its bytes, found by a quick scan that does not parse, so
 * that the records can be parsed on every core. Only a locator: nothing it finds is trusted, and it
 * reads no value; like every reading of the payload, it runs only once the signature verified
 * (format, step 5). The manifest without its records
 * ({@link #skeleton}, whose {@code "records"} array is left empty) and the records, in runs, are
 * then parsed strictly; since the scan checks that only JSON whitespace and commas lie between
 * runs, those parses together accept exactly the bytes a parse of the whole manifest accepts, with
 * the same values.
 *
 * @param open   where the records array opens (its {@code '['})
 * @param close  where it closes (its {@code ']'})
 * @param starts where each record's object begins (its {@code '{'})
 * @param ends   where each record's object ends (just after its {@code '}'})
 */
record RecordSlices(int open, int close, int[] starts, int[] ends) {

    private static final byte[] RECORDS_KEY = "\"records\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    int count() {
        return starts.length;
    }

    /** The manifest {@code json} with the content of its records array removed. */
    byte[] skeleton(byte[] json) {
        byte[] skeleton = new byte[json.length - (close - open - 1)];
        System.arraycopy(json, 0, skeleton, 0, open + 1);
        System.arraycopy(json, close, skeleton, open + 1, json.length - close);
        return skeleton;
    }

    /**
     * The records of a manifest laid out as the exporter writes it (a root object with one
     * {@code "records"} key, spelled without escapes, holding an array of at most
     * {@link BundleFormat#MAX_RECORDS} objects), or null for any other layout, which is then left to
     * a whole-document parse. What it keeps is bounded by the records limit, whatever the bytes.
     */
    static RecordSlices find(byte[] json) {
        try {
            return new Scan(json).manifest();
        } catch (NotSplittable e) {
            return null;
        }
    }

    /** The layout is not the plain one: let the whole-document parse read it and name any problem. */
    private static final class NotSplittable extends Exception {
        NotSplittable() {
            super(null, null, false, false);
        }
    }

    private static final class Scan {
        private final byte[] json;
        private int i;
        private int[] starts = new int[1024];
        private int[] ends = new int[1024];
        private int count;

        Scan(byte[] json) {
            this.json = json;
        }

        RecordSlices manifest() throws NotSplittable {
            whitespace();
            expect('{');
            int open = -1;
            int close = -1;
            whitespace();
            while (at() != '}') {
                int key = i;
                string();
                boolean isRecords = i - key == RECORDS_KEY.length
                        && Arrays.equals(json, key, i, RECORDS_KEY, 0, RECORDS_KEY.length);
                whitespace();
                expect(':');
                whitespace();
                if (isRecords) {
                    if (open >= 0) {
                        throw new NotSplittable();
                    }
                    open = i;
                    records();
                    close = i - 1;
                } else {
                    value();
                }
                whitespace();
                if (at() == ',') {
                    i++;
                    whitespace();
                } else if (at() != '}') {
                    throw new NotSplittable();
                }
            }
            i++;
            whitespace();
            if (i != json.length || open < 0) {
                throw new NotSplittable();
            }
            return new RecordSlices(open, close, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
        }

        /** {@code [ {…} , {…} ]}: each element must be an object. */
        private void records() throws NotSplittable {
            expect('[');
            whitespace();
            if (at() == ']') {
                i++;
                return;
            }
            while (true) {
                if (at() != '{') {
                    throw new NotSplittable();
                }
                int start = i;
                container();
                add(start, i);
                whitespace();
                byte b = at();
                i++;
                if (b == ']') {
                    return;
                }
                if (b != ',') {
                    throw new NotSplittable();
                }
                whitespace();
            }
        }

        private void add(int start, int end) throws NotSplittable {
            if (count == BundleFormat.MAX_RECORDS) {
                throw new NotSplittable();
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            count++;
        }

        private void value() throws NotSplittable {
            byte b = at();
            if (b == '"') {
                string();
            } else if (b == '{' || b == '[') {
                container();
            } else {
                while (i < json.length && !isBlank(json[i]) && json[i] != ',' && json[i] != '}' && json[i] != ']') {
                    i++;
                }
            }
        }

        /**
         * An object or array, nested ones and strings included; brackets are matched by the parser
         * later. The loops below see every byte of the records, hence plain locals and no calls.
         */
        private void container() throws NotSplittable {
            byte[] b = json;
            int j = i;
            int depth = 0;
            do {
                if (j >= b.length) {
                    throw new NotSplittable();
                }
                byte c = b[j++];
                if (c == '"') {
                    j = afterString(j);
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                }
            } while (depth > 0);
            i = j;
        }

        private void string() throws NotSplittable {
            expect('"');
            i = afterString(i);
        }

        /** Just after the quote that closes a string whose text begins at {@code j}. */
        private int afterString(int j) throws NotSplittable {
            byte[] b = json;
            while (j < b.length) {
                byte c = b[j++];
                if (c == '"') {
                    return j;
                }
                if (c == '\\') {
                    j++;
                }
            }
            throw new NotSplittable();
        }

        private void whitespace() {
            while (i < json.length && isBlank(json[i])) {
                i++;
            }
        }

        /** JSON's four whitespace characters, exactly those the parser skips between tokens. */
        private static boolean isBlank(byte b) {
            return b == ' ' || b == '\n' || b == '\r' || b == '\t';
        }

        private void expect(char c) throws NotSplittable {
            if (at() != c) {
                throw new NotSplittable();
            }
            i++;
        }

        private byte at() throws NotSplittable {
            if (i >= json.length) {
                throw new NotSplittable();
            }
            return json[i];
        }
    }
}
