package org.contrechamp.core.declared;

/**
 * One site of an official list of authorised cameras, as the list gives it, with where it was placed.
 *
 * @param key       the list's id for it (or its line number when the list has none); unique in the list
 * @param line      the line of the file it was read from
 * @param siteText  the site as written ("Rue Saint-Denis, rue de Rivoli"), or null
 * @param precision how the site is meant ("croisement", "face au 12"), or null
 * @param cameras   how many cameras the site declares (1 when the list does not say)
 * @param authorisedOn the date of the authorisation, as the list writes it, or null
 * @param listed    the list's own coordinates, or null
 * @param geocode   where the site text was found in the area, or null when it was not looked for
 * @param manual    where a person placed it by hand, or null
 */
public record DeclaredSite(String key, int line, String siteText, String precision, String operator, int cameras,
        String authorisedOn, GeoPoint listed, Geocode geocode, GeoPoint manual) {

    /** Where the site is taken to be: placed by hand, else the list's coordinates, else the geocode. */
    public GeoPoint position() {
        if (manual != null) {
            return manual;
        }
        if (listed != null) {
            return listed;
        }
        return geocode == null ? null : geocode.point();
    }

    /** How sure {@link #position()} is. */
    public Certainty certainty() {
        if (manual != null) {
            return Certainty.MANUAL;
        }
        if (listed != null) {
            return Certainty.LISTED;
        }
        return geocode == null ? Certainty.NOT_FOUND : geocode.certainty();
    }

    /** Metres between the list's coordinates and where its text was found: a check of the list itself. */
    public Double listedToGeocodedMeters() {
        return listed == null || geocode == null || geocode.point() == null ? null : listed.distanceTo(geocode.point());
    }

    public DeclaredSite placedAt(GeoPoint point) {
        return new DeclaredSite(key, line, siteText, precision, operator, cameras, authorisedOn, listed, geocode, point);
    }
}
