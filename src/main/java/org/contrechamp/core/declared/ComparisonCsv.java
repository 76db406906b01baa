package org.contrechamp.core.declared;

import java.util.Locale;

import org.contrechamp.core.common.DecimalText;

/**
 * The comparison as CSV (RFC 4180, comma, UTF-8, one line per camera: a site declaring three cameras
 * of which one was seen has a "seen" line and a "not-found" line for the other two). Column names and
 * values are fixed codes, not translated, so that spreadsheets and scripts can rely on them.
 */
public final class ComparisonCsv {

    public static final String HEADER = "result,site_key,site_line,site,precision,declared_cameras,cameras,certainty,"
            + "site_lat,site_lon,sighting_id,sighting_lat,sighting_lon,distance_m";

    private ComparisonCsv() {
    }

    public static String write(DeclaredComparison comparison) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (DeclaredComparison.Seen seen : comparison.declaredAndSeen()) {
            site(out, "seen", seen.site(), 1);
            sighting(out, seen.sighting().position().latitude(), seen.sighting().position().longitude(),
                    seen.sighting().id().toString());
            out.append(',').append(metres(seen.distanceMeters())).append("\r\n");
        }
        for (DeclaredComparison.NotFound missing : comparison.declaredNotFound()) {
            site(out, missing.placed() ? "not-found" : "not-placed", missing.site(), missing.missing());
            out.append(",,,");
            out.append(',').append(missing.nearestMeters() == null ? "" : metres(missing.nearestMeters())).append("\r\n");
        }
        for (DeclaredComparison.NotDeclared extra : comparison.seenNotDeclared()) {
            out.append("not-declared,");
            if (extra.nearest() != null) {
                out.append(cell(extra.nearest().key())).append(',').append(extra.nearest().line()).append(',')
                        .append(cell(extra.nearest().siteText())).append(",,,,,,");
            } else {
                out.append(",,,,,,,,");
            }
            sighting(out, extra.sighting().position().latitude(), extra.sighting().position().longitude(),
                    extra.sighting().id().toString());
            out.append(',').append(extra.nearestMeters() == null ? "" : metres(extra.nearestMeters())).append("\r\n");
        }
        return out.toString();
    }

    private static void site(StringBuilder out, String result, DeclaredSite site, int cameras) {
        GeoPoint p = site.position();
        out.append(result).append(',').append(cell(site.key())).append(',').append(site.line()).append(',')
                .append(cell(site.siteText())).append(',').append(cell(site.precision())).append(',')
                .append(site.cameras()).append(',').append(cameras).append(',').append(site.certainty().code()).append(',')
                .append(p == null ? "" : DecimalText.coordinate(p.lat())).append(',')
                .append(p == null ? "" : DecimalText.coordinate(p.lon()));
    }

    private static void sighting(StringBuilder out, double lat, double lon, String id) {
        out.append(',').append(id).append(',').append(DecimalText.coordinate(lat)).append(',')
                .append(DecimalText.coordinate(lon));
    }

    private static String metres(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** Quoted when it must be; a leading =, +, - or @ is kept from being read as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
