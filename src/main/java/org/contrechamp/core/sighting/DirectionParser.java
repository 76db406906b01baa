package org.contrechamp.core.sighting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code camera:direction} leniently but honestly. It accepts what mappers write (degrees,
 * {@code N}/{@code NE}/{@code north}, in French too ({@code nord}, {@code NO}, {@code sud-ouest}), lists {@code 90;180} or {@code 180, 270}, sectors {@code 300-60},
 * negative bearings {@code -140}, a degree sign) and says whether the value had to be normalised to be
 * read. A value it cannot read at all is reported as unreadable, never guessed.
 */
public final class DirectionParser {

    /** The outcome: the directions read, and whether their tag text differs from the input. */
    public record Result(List<Direction> directions, boolean readable, boolean normalised) {
        static Result unreadable() {
            return new Result(List.of(), false, false);
        }
    }

    private static final Map<String, Double> COMPASS = compassPoints();
    private static final String NUMBER = "[+-]?\\d+(?:\\.\\d+)?";
    private static final Pattern SINGLE = Pattern.compile("(" + NUMBER + ")\\s*°?");
    // A sector: two bearings joined by '-'. Bearings in a sector are never negative, so the
    // first '-' after a number is the separator.
    private static final Pattern SECTOR = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*°?\\s*-\\s*(\\d+(?:\\.\\d+)?)\\s*°?");
    private static final Pattern COMPASS_SECTOR = Pattern.compile("([A-Za-z]+)\\s*-\\s*([A-Za-z]+)");

    private DirectionParser() {
    }

    public static Result parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Result.unreadable();
        }
        // ';' is the OSM list separator; ',' is a common slip ("180, 270", "330,"). A decimal
        // comma is not accepted: "45,90" is far more often a list than 45.9 degrees.
        List<Direction> directions = new ArrayList<>();
        for (String piece : raw.split("[;,]")) {
            String p = piece.trim();
            if (p.isEmpty()) {
                continue; // "330;" or "330," — an empty list item carries nothing
            }
            Optional<Direction> one = parseOne(p);
            if (one.isEmpty()) {
                return Result.unreadable();
            }
            directions.add(one.get());
        }
        if (directions.isEmpty()) {
            return Result.unreadable();
        }
        String canonical = format(directions);
        boolean normalised = !canonical.equals(raw);
        return new Result(List.copyOf(directions), true, normalised);
    }

    /** The canonical tag text of a list of directions: {@code 90;300-60}. */
    public static String format(List<Direction> directions) {
        StringBuilder text = new StringBuilder();
        for (Direction d : directions) {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(d.toTag());
        }
        return text.toString();
    }

    /** The directions as people read them: {@code 90°, 300-60°} (the tag's text is for OpenStreetMap). */
    public static String readable(List<Direction> directions) {
        StringBuilder text = new StringBuilder();
        for (Direction d : directions) {
            text.append(text.length() == 0 ? "" : ", ").append(d.toTag()).append('°');
        }
        return text.toString();
    }

    /**
     * Reads a piece only if it is exactly as {@link Direction#toTag()} writes it ({@code 90},
     * {@code 300-60}), for stored records and bundles. Whole degrees, by far the most common, are read
     * without a regular expression: listing 100,000 sightings reads as many directions.
     */
    public static Optional<Direction> parseCanonical(String piece) {
        int whole = canonicalWholeDegrees(piece);
        if (whole >= 0) {
            return Optional.of(Direction.bearing(whole));
        }
        return parseOne(piece).filter(d -> d.toTag().equals(piece));
    }

    /** 0 to 360 written as toTag writes it (no sign, no leading zero, no decimals), else -1. */
    private static int canonicalWholeDegrees(String piece) {
        int length = piece.length();
        if (length == 0 || length > 3 || (length > 1 && piece.charAt(0) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            char c = piece.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 360 ? value : -1;
    }

    /** Parses one canonical piece, as written by {@link Direction#toTag()}; for trusted stored data. */
    public static Optional<Direction> parseOne(String piece) {
        Matcher single = SINGLE.matcher(piece);
        if (single.matches()) {
            return degrees(single.group(1)).map(Direction::bearing);
        }
        Matcher sector = SECTOR.matcher(piece);
        if (sector.matches()) {
            Optional<Double> from = degrees(sector.group(1));
            Optional<Double> to = degrees(sector.group(2));
            if (from.isPresent() && to.isPresent()) {
                return Optional.of(sectorOf(from.get(), to.get(), sector.group(2)));
            }
            return Optional.empty();
        }
        Double compass = COMPASS.get(piece.toUpperCase(Locale.ROOT));
        if (compass != null) {
            return Optional.of(Direction.bearing(compass));
        }
        Matcher compassSector = COMPASS_SECTOR.matcher(piece);
        if (compassSector.matches()) {
            Double from = COMPASS.get(compassSector.group(1).toUpperCase(Locale.ROOT));
            Double to = COMPASS.get(compassSector.group(2).toUpperCase(Locale.ROOT));
            if (from != null && to != null) {
                return Optional.of(Direction.sector(from, to));
            }
        }
        return Optional.empty();
    }

    private static Direction sectorOf(double from, double to, String toText) {
        // "0-360" is all round and must stay so; any other 360 end is north.
        if (to == 0.0 && toText.trim().startsWith("360")) {
            to = 360.0;
        }
        return Direction.sector(from, to);
    }

    /** A bearing in degrees: wraps negatives (-140 is 220) and keeps 360; rejects the absurd. */
    private static Optional<Double> degrees(String text) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!Double.isFinite(value) || value < -360.0 || value > 360.0) {
            return Optional.empty();
        }
        if (value < 0) {
            value += 360.0;
        }
        if (value == 360.0 && text.startsWith("-")) {
            value = 0.0;
        }
        return Optional.of(value);
    }

    private static Map<String, Double> compassPoints() {
        String[] points = {"N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
            "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"};
        HashMap<String, Double> map = new HashMap<>();
        for (int i = 0; i < points.length; i++) {
            map.put(points[i], i * 22.5);
        }
        map.put("NORTH", 0.0);
        map.put("EAST", 90.0);
        map.put("SOUTH", 180.0);
        map.put("WEST", 270.0);
        map.put("NORTHEAST", 45.0);
        map.put("SOUTHEAST", 135.0);
        map.put("SOUTHWEST", 225.0);
        map.put("NORTHWEST", 315.0);
        // French volunteers write the points in French: west is O (ouest), and the names are
        // joined by a hyphen or not ("nord-est", "nordest"); read whole before any sector.
        String[] frenchPoints = {"N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
            "S", "SSO", "SO", "OSO", "O", "ONO", "NO", "NNO"};
        for (int i = 0; i < frenchPoints.length; i++) {
            map.putIfAbsent(frenchPoints[i], i * 22.5);
        }
        String[][] frenchNames = {{"NORD", "0"}, {"EST", "90"}, {"SUD", "180"}, {"OUEST", "270"},
            {"NORD-EST", "45"}, {"SUD-EST", "135"}, {"SUD-OUEST", "225"}, {"NORD-OUEST", "315"}};
        for (String[] name : frenchNames) {
            map.put(name[0], Double.valueOf(name[1]));
            map.put(name[0].replace("-", ""), Double.valueOf(name[1]));
        }
        return Map.copyOf(map);
    }
}
