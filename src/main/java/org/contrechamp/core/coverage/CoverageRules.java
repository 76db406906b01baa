package org.contrechamp.core.coverage;

/**
 * When a street counts as walked. The numbers, and why:
 * <ul>
 * <li>{@link #RADIUS_M} 20 m: a phone's fix in a street between buildings is off by 5 to 15 m most of
 * the time, and a walker on one pavement is up to 10 m from the centre line OSM draws; 20 m takes
 * both in without reaching the next parallel street of a city block (usually 60 m or more away).</li>
 * <li>{@link #HEADING_TOLERANCE_DEG} 45°: a stretch of street only counts when the track near it goes
 * the same way (either direction). Without it, crossing a street at a junction would mark 40 m of
 * it as walked, enough to call a short side street walked that nobody went down.</li>
 * <li>{@link #WALKED_SHARE} one half: a street is walked when at least half its length was passed
 * along. Less would call a long avenue walked after one block; more would miss streets whose ends
 * the volunteer turned back from, or whose GPS fixes wandered. The list shows each street's share,
 * so a coordinator sees the streets walked in part.</li>
 * <li>A track is joined between consecutive fixes at most {@link #JOIN_SECONDS} s and
 * {@link #JOIN_M} m apart (a phone logging every few seconds); a longer gap (a tunnel, the phone
 * off, a bus ride) is not joined: nobody knows which way was taken.</li>
 * </ul>
 */
public final class CoverageRules {

    public static final double RADIUS_M = 20;
    public static final double HEADING_TOLERANCE_DEG = 45;
    public static final double WALKED_SHARE = 0.5;
    public static final double JOIN_SECONDS = 120;
    public static final double JOIN_M = 100;
    /** Streets and joined tracks are looked at every few metres. */
    static final double STEP_M = 5;
    /** A camera belongs to the nearest street within this (the gazetteer's own limit). */
    public static final double CAMERA_STREET_M = 40;
    /** A camera whose street was typed by hand: that street, if one of its stretches is this near. */
    static final double NAMED_STREET_M = 100;
    /** The direction walked is read over this much of the track: one fix to the next is mostly noise. */
    static final double HEADING_SPAN_M = 15;
    /** Fixes this close over that span say nothing of the direction walked (standing still). */
    static final double MIN_HEADING_M = 3;

    private CoverageRules() {
    }
}
