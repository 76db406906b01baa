package org.contrechamp.core.export;

import java.util.regex.Pattern;

/** One CSV cell as every CSV of Contrechamp writes it (RFC 4180, safe to open in a spreadsheet). */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NEGATIVE_NUMBER = Pattern.compile("-\\d+(\\.\\d+)?");

    private CsvCells() {
    }

    /** Quotes a field when it holds a comma, quote or line break; also defuses spreadsheet formulas. */
    public static String quote(String value) {
        return quote(value, ',');
    }

    /** Quotes a cell when it holds the separator, a quote or a line break; also defuses spreadsheet formulas. */
    public static String quote(String value, char separator) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = value;
        if (startsFormula(text)) {
            text = "'" + text;
        }
        if (text.indexOf(separator) >= 0 || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /**
     * Spreadsheets run a cell that starts with = + - @ as a formula, and skip a leading tab or carriage
     * return before looking (OWASP's CSV-injection list): such a cell gets a leading quote, which
     * spreadsheets read as "this is text". A plain negative number is left as it is.
     */
    private static boolean startsFormula(String text) {
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !PLAIN_NEGATIVE_NUMBER.matcher(text).matches();
    }
}
