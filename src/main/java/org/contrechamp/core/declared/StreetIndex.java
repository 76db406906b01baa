package org.contrechamp.core.declared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.contrechamp.core.area.AreaRepository;
import org.contrechamp.core.area.NameKey;
import org.contrechamp.core.area.StreetName;
import org.contrechamp.core.area.StreetWay;
import org.contrechamp.core.area.geom.Geometry;

/**
 * The area's street names, indexed for lenient look-up, and their ways, read once per name. Made
 * for one run of geocoding (a list of a few thousand sites): names are read in one query, ways on
 * first use.
 */
final class StreetIndex {

    /** Whether the name matched exactly (after {@link StreetKey}) or only leniently. */
    record Found(List<String> names, boolean loose) {
    }

    private final AreaRepository area;
    private final Map<String, List<StreetName>> byNameKey = new HashMap<>();
    private final Map<String, List<StreetName>> byFullKey = new HashMap<>();
    private final Map<String, List<StreetName>> byKey = new HashMap<>();
    private final Map<String, List<StreetName>> byBag = new HashMap<>();
    private final Map<String, List<StreetName>> byUntyped = new HashMap<>();
    private final Map<String, StreetName> byName = new HashMap<>();
    private final Map<String, List<Geometry>> ways = new ConcurrentHashMap<>();

    StreetIndex(AreaRepository area) {
        this.area = area;
        for (StreetName name : area.streetNames("", Integer.MAX_VALUE)) {
            byName.put(name.name(), name);
            byNameKey.computeIfAbsent(NameKey.of(name.name()), k -> new ArrayList<>()).add(name);
            byFullKey.computeIfAbsent(StreetKey.withArticles(name.name()), k -> new ArrayList<>()).add(name);
            byKey.computeIfAbsent(StreetKey.of(name.name()), k -> new ArrayList<>()).add(name);
            byBag.computeIfAbsent(StreetKey.bag(name.name()), k -> new ArrayList<>()).add(name);
            byUntyped.computeIfAbsent(StreetKey.withoutType(name.name()), k -> new ArrayList<>()).add(name);
        }
    }

    /**
     * The area's names for a name as a list writes it, surest first: the same name; the same after
     * abbreviations (articles kept, then dropped); the same words in another order; and, for a name written without
     * its type ("Rivoli"), the one street whose name is that with a type. Empty when none.
     */
    Found find(String written) {
        List<StreetName> found = byNameKey.get(NameKey.of(written));
        if (found == null) {
            found = byFullKey.get(StreetKey.withArticles(written));
        }
        if (found == null) {
            found = byKey.get(StreetKey.of(written));
        }
        if (found != null) {
            return new Found(names(found), false);
        }
        found = byBag.get(StreetKey.bag(written));
        if (found != null) {
            return new Found(names(found), false);
        }
        if (!StreetKey.hasType(written)) {
            found = byUntyped.get(StreetKey.of(written));
            if (found != null && found.size() == 1) {
                return new Found(names(found), true);
            }
        }
        return new Found(List.of(), false);
    }

    private static List<String> names(List<StreetName> found) {
        Set<String> names = new LinkedHashSet<>();
        found.forEach(n -> names.add(n.name()));
        return List.copyOf(names);
    }

    /** The geometries of every way with one of these names (stretches of long ways included). */
    List<Geometry> ways(List<String> names) {
        List<Geometry> all = new ArrayList<>();
        for (String name : names) {
            all.addAll(ways.computeIfAbsent(name, this::load));
        }
        return all;
    }

    private List<Geometry> load(String name) {
        List<Geometry> found = new ArrayList<>();
        StreetName street = byName.get(name);
        if (street != null) {
            for (StreetWay way : area.streets(street.bounds())) {
                if (way.name().equals(name)) {
                    found.add(way.geometry());
                }
            }
        }
        return found;
    }

    AreaRepository area() {
        return area;
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }
}
