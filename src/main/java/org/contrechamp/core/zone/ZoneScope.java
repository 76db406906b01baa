package org.contrechamp.core.zone;

/** Which points a report covers: those of one zone, or the whole area. */
@FunctionalInterface
public interface ZoneScope {

    boolean contains(double lat, double lon);

    ZoneScope WHOLE_AREA = (lat, lon) -> true;
}
