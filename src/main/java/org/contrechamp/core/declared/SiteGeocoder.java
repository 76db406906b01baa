package org.contrechamp.core.declared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.contrechamp.core.area.Address;
import org.contrechamp.core.area.AreaRepository;
import org.contrechamp.core.area.NameKey;
import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.geo.BoundingBox;

/**
 * Places the sites of a list offline, on the area's streets: the crossing of the streets a site names,
 * or its house number, or the street itself, each with how sure it is (see {@link Certainty}). Make
 * one per list: it reads the area's street names once and each street's ways on first use.
 */
public final class SiteGeocoder {

    /** Streets whose ways end this close to each other meet: OSM ways that stop short of the kerb line. */
    static final double TOUCH_M = 8;
    /** Beyond this, two streets that never cross do not make a site: the text is wrong or not about them. */
    static final double APPROACH_MAX_M = 150;

    private final StreetIndex index;

    public SiteGeocoder(AreaRepository area) {
        this.index = new StreetIndex(area);
    }

    public Geocode geocode(String siteText, String precision) {
        SiteQuery query = SiteQuery.of(siteText, precision);
        String written = siteText == null ? "" : siteText.strip();
        if (query.streets().isEmpty()) {
            return Geocode.notFound(Problem.of(written, "declared-no-street-named", written));
        }
        List<List<String>> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String street : query.streets()) {
            StreetIndex.Found names = index.find(street);
            if (names.names().isEmpty()) {
                unknown.add(street);
            } else if (found.stream().noneMatch(f -> f.equals(names.names()))) {
                found.add(names.names());
            }
        }
        if (found.isEmpty()) {
            return Geocode.notFound(Problem.of(unknown.get(0), "declared-street-unknown", unknown.get(0)));
        }
        Problem missing = unknown.isEmpty() ? null : Problem.of(unknown.get(0), "declared-street-unknown", unknown.get(0));
        if (found.size() >= 2) {
            return crossing(found.get(0), found.get(1), missing);
        }
        List<String> street = found.get(0);
        if (query.houseNumber() != null) {
            GeoPoint address = address(street, query.houseNumber());
            if (address != null) {
                return new Geocode(Certainty.ADDRESS, address, street, null, missing);
            }
            if (missing == null) {
                missing = Problem.of(street.get(0), "declared-number-unknown", query.houseNumber(), street.get(0));
            }
        }
        if (missing == null && query.isCrossing()) {
            // both names are one street ("Rue A, rue A"): nothing crosses it
            missing = Problem.of(written, "declared-one-street", street.get(0));
        }
        return streetOnly(street, missing != null ? missing : Problem.of(street.get(0), "declared-street-only", street.get(0)));
    }

    private Geocode crossing(List<String> first, List<String> second, Problem missing) {
        List<Geometry> a = index.ways(first);
        List<Geometry> b = index.ways(second);
        if (a.isEmpty() || b.isEmpty()) {
            return Geocode.notFound(Problem.of(first.get(0), "declared-street-unknown", (a.isEmpty() ? first : second).get(0)));
        }
        BoundingBox box = a.get(0).bounds();
        Plane plane = new Plane((box.minLat() + box.maxLat()) / 2, (box.minLon() + box.maxLon()) / 2);
        StreetMeeting.Result meeting = StreetMeeting.of(plane.segments(a), plane.segments(b));
        List<String> names = List.of(first.get(0), second.get(0));
        if (!meeting.crossings().isEmpty()) {
            double[] c = meeting.crossings().get(0);
            if (meeting.crossings().size() == 1) {
                return new Geocode(Certainty.EXACT_CROSSING, plane.point(c[0], c[1]), names, 0.0, missing);
            }
            return new Geocode(Certainty.SEVERAL_CROSSINGS, plane.point(c[0], c[1]), names, 0.0,
                    Problem.of(names.get(0), "declared-several-crossings", names.get(0), names.get(1),
                            meeting.crossings().size()));
        }
        if (meeting.nearest() == null || meeting.gap() > APPROACH_MAX_M) {
            return Geocode.notFound(Problem.of(names.get(0), "declared-streets-apart", names.get(0), names.get(1),
                    Math.round(meeting.gap())));
        }
        GeoPoint point = plane.point(meeting.nearest()[0], meeting.nearest()[1]);
        double gap = Math.round(meeting.gap() * 10) / 10.0;
        if (meeting.gap() <= TOUCH_M) {
            return new Geocode(Certainty.EXACT_CROSSING, point, names, gap, missing);
        }
        return new Geocode(Certainty.NEAREST_APPROACH, point, names, gap,
                Problem.of(names.get(0), "declared-streets-do-not-cross", names.get(0), names.get(1), Math.round(gap)));
    }

    private Geocode streetOnly(List<String> street, Problem reason) {
        List<Geometry> ways = index.ways(street);
        if (ways.isEmpty()) {
            return Geocode.notFound(Problem.of(street.get(0), "declared-street-unknown", street.get(0)));
        }
        BoundingBox box = ways.get(0).bounds();
        Plane plane = new Plane((box.minLat() + box.maxLat()) / 2, (box.minLon() + box.maxLon()) / 2);
        double[] middle = StreetMeeting.middle(plane.segments(ways));
        return new Geocode(Certainty.STREET_ONLY, plane.point(middle[0], middle[1]), List.of(street.get(0)), null, reason);
    }

    /** The address with this number on one of these streets, or null. */
    private GeoPoint address(List<String> street, String number) {
        List<String> keys = street.stream().map(NameKey::of).toList();
        String wanted = numberKey(number);
        for (Geometry way : index.ways(street)) {
            BoundingBox b = way.bounds();
            BoundingBox around = new BoundingBox(b.minLon() - 0.001, b.minLat() - 0.001, b.maxLon() + 0.001,
                    b.maxLat() + 0.001);
            for (Address address : index.area().addresses(around)) {
                if (address.street() != null && keys.contains(NameKey.of(address.street()))
                        && numberKey(address.housenumber()).equals(wanted)) {
                    return centre(address.geometry());
                }
            }
        }
        return null;
    }

    private static String numberKey(String number) {
        return NameKey.of(number).replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static GeoPoint centre(Geometry g) {
        double lat = 0;
        double lon = 0;
        int n = g.pointCount(0);
        for (int i = 0; i < n; i++) {
            lat += g.lat(0, i);
            lon += g.lon(0, i);
        }
        return new GeoPoint(lat / n, lon / n);
    }

    /** Whether the area has any street at all (an area always does; an empty store does not). */
    public boolean hasStreets() {
        return !index.isEmpty();
    }
}
