package org.contrechamp.core.photo.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.drew.lang.Rational;
import com.drew.metadata.Directory;
import com.drew.metadata.StringValue;

/**
 * Reads tag values whatever type the writer chose: a GPS latitude is three rationals by the book,
 * but real files hold one or two rationals, doubles, integers or text. A rational with a zero
 * denominator is no value (exiftool calls it "undef").
 */
final class MetadataValues {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private MetadataValues() {
    }

    /** The numbers of a tag, in order; empty when absent; NaN for an undefined rational. */
    static double[] numbers(Directory directory, int tag) {
        if (directory == null) {
            return new double[0];
        }
        return numbers(directory.getObject(tag));
    }

    static double[] numbers(Object value) {
        if (value == null) {
            return new double[0];
        }
        if (value instanceof Rational r) {
            return new double[] {rational(r)};
        }
        if (value instanceof Rational[] rs) {
            double[] out = new double[rs.length];
            for (int i = 0; i < rs.length; i++) {
                out[i] = rational(rs[i]);
            }
            return out;
        }
        if (value instanceof Number n) {
            return new double[] {n.doubleValue()};
        }
        if (value instanceof double[] ds) {
            return ds.clone();
        }
        if (value instanceof float[] fs) {
            double[] out = new double[fs.length];
            for (int i = 0; i < fs.length; i++) {
                out[i] = fs[i];
            }
            return out;
        }
        if (value instanceof int[] is) {
            double[] out = new double[is.length];
            for (int i = 0; i < is.length; i++) {
                out[i] = is[i];
            }
            return out;
        }
        if (value instanceof long[] ls) {
            double[] out = new double[ls.length];
            for (int i = 0; i < ls.length; i++) {
                out[i] = ls[i];
            }
            return out;
        }
        if (value instanceof short[] ss) {
            double[] out = new double[ss.length];
            for (int i = 0; i < ss.length; i++) {
                out[i] = ss[i];
            }
            return out;
        }
        String text = text(value);
        return text == null ? new double[0] : numbersIn(text);
    }

    /** Every decimal number in a text, in order ("43,28.0469N" gives 43 and 28.0469). */
    static double[] numbersIn(String text) {
        List<Double> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(Double.parseDouble(m.group()));
        }
        double[] out = new double[found.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = found.get(i);
        }
        return out;
    }

    /** The first number of a tag, or {@code null} when absent or undefined. */
    static Double number(Directory directory, int tag) {
        double[] values = numbers(directory, tag);
        return values.length == 0 || !Double.isFinite(values[0]) ? null : values[0];
    }

    /** A tag as trimmed text without NUL padding; {@code null} when absent or blank. */
    static String string(Directory directory, int tag) {
        return directory == null ? null : text(directory.getObject(tag));
    }

    static String text(Object value) {
        String text;
        if (value == null) {
            return null;
        } else if (value instanceof StringValue sv) {
            text = sv.toString();
        } else if (value instanceof byte[] bytes) {
            text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        } else if (value instanceof String[] strings) {
            text = strings.length == 0 ? null : strings[0];
        } else if (value instanceof StringValue[] values) {
            text = values.length == 0 ? null : values[0].toString();
        } else {
            text = value.toString();
        }
        if (text == null) {
            return null;
        }
        int nul = text.indexOf('\0');
        text = (nul >= 0 ? text.substring(0, nul) : text).trim();
        return text.isEmpty() ? null : text;
    }

    /** Degrees from degrees, minutes and seconds, as exiftool adds them up; NaN when undefined. */
    static double degrees(double[] dms) {
        if (dms.length == 0) {
            return Double.NaN;
        }
        double minutes = dms.length > 1 ? dms[1] : 0;
        double seconds = dms.length > 2 ? dms[2] : 0;
        return dms[0] + (minutes + seconds / 60.0) / 60.0;
    }

    private static double rational(Rational r) {
        return r.getDenominator() == 0 ? Double.NaN : (double) r.getNumerator() / (double) r.getDenominator();
    }
}
