package org.contrechamp.core.declared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.contrechamp.core.common.Problem;

/**
 * The rows of a {@link CsvTable} as sites, through a {@link ColumnMapping}: coordinates read with a
 * point or a comma as decimal mark, several site columns joined, and every value that cannot be used
 * named in a {@link ListWarning} with its line, the rest of the row kept. Sites are not placed here.
 */
final class ListRows {

    private static final Pattern POINT_NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");
    private static final Pattern COMMA_NUMBER = Pattern.compile("[-+]?\\d+(?:,\\d+)?");

    record Read(List<DeclaredSite> sites, List<ListWarning> warnings) {
    }

    private ListRows() {
    }

    static Read read(CsvTable table, ColumnMapping mapping, String fileName) {
        DeclaredField[] fields = mapping.resolve(table.header());
        List<DeclaredSite> sites = new ArrayList<>();
        List<ListWarning> warnings = new ArrayList<>();
        for (CsvTable.BrokenLine broken : table.broken()) {
            warnings.add(new ListWarning(broken.line(), broken.reason().equals("unclosed-quote")
                    ? Problem.of(fileName, "declared-unclosed-quote", broken.line())
                    : Problem.of(fileName, "declared-field-count", broken.line(), broken.found(), broken.expected()),
                    true));
        }
        Set<String> keys = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            sites.add(site(row, table.header(), fields, keys, warnings));
        }
        warnings.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Read(sites, warnings);
    }

    private static DeclaredSite site(CsvTable.Row row, List<String> header, DeclaredField[] fields, Set<String> keys,
            List<ListWarning> warnings) {
        String id = null;
        String lat = null;
        String lon = null;
        String latlon = null;
        String latColumn = null;
        StringBuilder site = new StringBuilder();
        String precision = null;
        String operator = null;
        String count = null;
        String countColumn = null;
        String authorised = null;
        for (int i = 0; i < fields.length; i++) {
            String value = row.fields().get(i);
            if (fields[i] == null || value.isBlank()) {
                continue;
            }
            switch (fields[i]) {
                case ID -> id = value;
                case LAT -> {
                    lat = value;
                    latColumn = header.get(i);
                }
                case LON -> lon = value;
                case LATLON -> {
                    latlon = value;
                    latColumn = header.get(i);
                }
                case SITE -> site.append(site.length() == 0 ? "" : ", ").append(value);
                case PRECISION -> precision = value;
                case OPERATOR -> operator = value;
                case COUNT -> {
                    count = value;
                    countColumn = header.get(i);
                }
                case AUTHORISED_ON -> authorised = value;
                default -> throw new IllegalStateException(fields[i].toString());
            }
        }
        GeoPoint listed = null;
        if (latlon != null || lat != null || lon != null) {
            listed = latlon != null ? pair(latlon) : point(lat, lon);
            if (listed == null) {
                String shown = latlon != null ? latlon : lat + " " + lon;
                warnings.add(new ListWarning(row.line(), Problem.of(latColumn != null ? latColumn : "lon",
                        "declared-bad-coordinates", row.line(), shown), false));
            } else if (listed.lat() == 0 && listed.lon() == 0) {
                listed = null; // spreadsheets write 0 for "not known"
            }
        }
        int cameras = 1;
        if (count != null) {
            try {
                cameras = Integer.parseInt(count.strip());
            } catch (NumberFormatException e) {
                cameras = 0;
            }
            if (cameras < 1 || cameras > 1000) {
                warnings.add(new ListWarning(row.line(), Problem.of(countColumn, "declared-bad-count", row.line(), count),
                        false));
                cameras = 1;
            }
        }
        String key = id != null ? id : String.valueOf(row.line());
        if (!keys.add(key)) {
            String unique = key + "@" + row.line();
            warnings.add(new ListWarning(row.line(), Problem.of("id", "declared-duplicate-id", row.line(), key, unique),
                    false));
            key = unique;
            keys.add(key);
        }
        return new DeclaredSite(key, row.line(), site.length() == 0 ? null : site.toString(), precision, operator, cameras,
                authorised, listed, null, null);
    }

    private static GeoPoint point(String lat, String lon) {
        if (lat == null || lon == null) {
            return null;
        }
        Double la = number(lat);
        Double lo = number(lon);
        return la == null || lo == null || !inRange(la, lo) ? null : new GeoPoint(la, lo);
    }

    /** "48.8566, 2.3522", "48,8566 2,3522", "48.8566;2.3522". */
    private static GeoPoint pair(String text) {
        Matcher m = (text.contains(".") ? POINT_NUMBER : COMMA_NUMBER).matcher(text);
        List<Double> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(Double.parseDouble(m.group().replace(',', '.')));
        }
        if (numbers.size() != 2 || !inRange(numbers.get(0), numbers.get(1))) {
            return null;
        }
        return new GeoPoint(numbers.get(0), numbers.get(1));
    }

    private static Double number(String text) {
        String t = text.strip().replace('\u00A0', ' ').replace(" ", "");
        if (t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        if (!POINT_NUMBER.matcher(t).matches()) {
            return null;
        }
        return Double.parseDouble(t);
    }

    private static boolean inRange(double lat, double lon) {
        return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }
}
