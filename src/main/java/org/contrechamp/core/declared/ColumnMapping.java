package org.contrechamp.core.declared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contrechamp.core.area.NameKey;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * Which column of a list holds which {@link DeclaredField}: typed once by the user
 * ({@code --map COLUMN=FIELD}), saved, and used again for the next edition of the same list. Columns
 * are compared as {@link NameKey}s, so "Latitude", "LATITUDE" and "latitude " are one column.
 */
public record ColumnMapping(Map<String, DeclaredField> columns) {

    public ColumnMapping {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** Header names commonly used for each field (as name keys), for a list imported without a mapping. */
    private static final Map<String, DeclaredField> USUAL = usual();

    private static Map<String, DeclaredField> usual() {
        Map<String, DeclaredField> names = new LinkedHashMap<>();
        for (String n : List.of("id", "identifiant", "numero", "n", "no", "ref", "reference", "code")) {
            names.put(n, DeclaredField.ID);
        }
        for (String n : List.of("lat", "latitude", "y")) {
            names.put(n, DeclaredField.LAT);
        }
        for (String n : List.of("lon", "lng", "long", "longitude", "x")) {
            names.put(n, DeclaredField.LON);
        }
        for (String n : List.of("geo point", "geo point 2d", "geo_point_2d", "coordonnees", "coordinates", "latlon")) {
            names.put(NameKey.of(n), DeclaredField.LATLON);
        }
        for (String n : List.of("site", "adresse", "address", "localisation", "lieu", "emplacement", "voie", "voies")) {
            names.put(n, DeclaredField.SITE);
        }
        for (String n : List.of("precision", "precisions", "position", "situation", "complement")) {
            names.put(n, DeclaredField.PRECISION);
        }
        for (String n : List.of("operator", "operateur", "exploitant", "gestionnaire", "titulaire")) {
            names.put(n, DeclaredField.OPERATOR);
        }
        for (String n : List.of("count", "nombre", "nombre de cameras", "nb cameras", "cameras", "nb")) {
            names.put(NameKey.of(n), DeclaredField.COUNT);
        }
        for (String n : List.of("authorised on", "date", "date d autorisation", "autorisation", "date arrete")) {
            names.put(NameKey.of(n), DeclaredField.AUTHORISED_ON);
        }
        return names;
    }

    /** The mapping typed as {@code COLUMN=FIELD} options; a bad one is a problem naming it. */
    public static ColumnMapping parse(List<String> typed) {
        Map<String, DeclaredField> columns = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String entry : typed) {
            int eq = entry.lastIndexOf('=');
            Optional<DeclaredField> field = eq > 0 ? DeclaredField.fromCode(entry.substring(eq + 1)) : Optional.empty();
            if (field.isEmpty() || entry.substring(0, eq).isBlank()) {
                problems.add(Problem.of("--map", "declared-bad-mapping", entry, DeclaredField.codes()));
                continue;
            }
            columns.put(entry.substring(0, eq).strip(), field.get());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ColumnMapping(columns);
    }

    /** The usual names found in a header: what a list gets when nothing was mapped or saved. */
    public static ColumnMapping guess(List<String> header) {
        Map<String, DeclaredField> columns = new LinkedHashMap<>();
        for (String column : header) {
            DeclaredField field = USUAL.get(NameKey.of(column));
            if (field != null && (field == DeclaredField.SITE || !columns.containsValue(field))) {
                columns.put(column, field);
            }
        }
        return new ColumnMapping(columns);
    }

    /** This mapping's columns that {@code header} does not have. */
    public List<String> missingFrom(List<String> header) {
        List<String> keys = header.stream().map(NameKey::of).toList();
        return columns.keySet().stream().filter(c -> !keys.contains(NameKey.of(c))).toList();
    }

    /** This mapping, with the columns of {@code other} put over it (a column typed now wins). */
    public ColumnMapping with(ColumnMapping other) {
        Map<String, DeclaredField> merged = new LinkedHashMap<>();
        columns.forEach((column, field) -> {
            if (other.columns.keySet().stream().noneMatch(c -> NameKey.of(c).equals(NameKey.of(column)))) {
                merged.put(column, field);
            }
        });
        merged.putAll(other.columns);
        return new ColumnMapping(merged);
    }

    /** For each header position, the field it holds (null: not used). Assumes {@link #missingFrom} is empty. */
    DeclaredField[] resolve(List<String> header) {
        DeclaredField[] fields = new DeclaredField[header.size()];
        for (int i = 0; i < header.size(); i++) {
            String key = NameKey.of(header.get(i));
            for (Map.Entry<String, DeclaredField> e : columns.entrySet()) {
                if (NameKey.of(e.getKey()).equals(key)) {
                    fields[i] = e.getValue();
                }
            }
        }
        return fields;
    }

    public boolean has(DeclaredField field) {
        return columns.containsValue(field);
    }
}
