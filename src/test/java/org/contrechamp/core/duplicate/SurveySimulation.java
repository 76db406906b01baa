package org.contrechamp.core.duplicate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.HashSet;
import java.util.UUID;

import org.contrechamp.core.geo.GeoMath;
import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.PositionSource;
import org.contrechamp.core.sighting.Sighting;

/**
 * Volunteers surveying a city whose cameras are known: each walks an overlapping part of it and logs
 * the cameras there with GPS and compass noise. Poles hold several cameras half a metre apart, each
 * pointing its own way. What is true is kept: which logs are one camera, which cameras share a pole.
 */
final class SurveySimulation {

    /** One camera that really is there. */
    record Camera(int id, int pole, double lat, double lon, double direction, CameraType type, CameraMount mount) {
    }

    /** What the volunteers logged, and the truth behind it. */
    record Survey(List<Sighting> logs, Map<UUID, Camera> truth, Map<UUID, String> authors) {

        RecordAuthors recordAuthors() {
            return id -> java.util.Optional.ofNullable(authors.get(id));
        }

        /** Every pair of logs that is one camera. */
        Set<DuplicatePair> truePairs() {
            Map<Integer, List<UUID>> byCamera = new HashMap<>();
            truth.forEach((log, camera) -> byCamera.computeIfAbsent(camera.id(), k -> new ArrayList<>()).add(log));
            Set<DuplicatePair> pairs = new HashSet<>();
            for (List<UUID> logs : byCamera.values()) {
                for (int i = 0; i < logs.size(); i++) {
                    for (int j = i + 1; j < logs.size(); j++) {
                        pairs.add(DuplicatePair.of(logs.get(i), logs.get(j)));
                    }
                }
            }
            return pairs;
        }

        /** Two cameras of one pole pointing more than 60 degrees apart. */
        boolean isPoleMistake(DuplicatePair pair) {
            Camera a = truth.get(pair.first());
            Camera b = truth.get(pair.second());
            return a.id() != b.id() && a.pole() == b.pole() && a.pole() >= 0
                    && angle(a.direction(), b.direction()) > 60;
        }
    }

    private final Random random;
    private final List<Camera> cameras = new ArrayList<>();
    private int nextPole;

    SurveySimulation(long seed) {
        random = new Random(seed);
    }

    List<Camera> cameras() {
        return cameras;
    }

    /** One camera at a place (a direction is drawn when the place has none). */
    void camera(double lat, double lon, Double direction, CameraType type, CameraMount mount) {
        cameras.add(new Camera(cameras.size(), -1, lat, lon, direction != null ? direction : random.nextDouble() * 360,
                type != null ? type : randomType(), mount != null ? mount : CameraMount.WALL));
    }

    /** A pole of {@code n} cameras, 0.5 m apart, pointing at least 90 degrees apart. */
    void pole(double lat, double lon, int n) {
        int pole = nextPole++;
        double first = random.nextDouble() * 360;
        CameraType type = randomType();
        for (int i = 0; i < n; i++) {
            double[] at = offset(lat, lon, 0.5 * i, 90);
            double direction = (first + i * (360.0 / Math.max(n, 2)) + (random.nextDouble() - 0.5) * 10 + 360) % 360;
            cameras.add(new Camera(cameras.size(), pole, at[0], at[1], direction, type, CameraMount.POLE));
        }
    }

    /** A made-up city: streets on a grid, façade cameras along them, poles at some crossings. */
    void city(double lat, double lon, int blocks) {
        double block = 80;
        for (int x = 0; x < blocks; x++) {
            for (int y = 0; y < blocks; y++) {
                double[] corner = offset(lat, lon, Math.hypot(x * block, y * block), Math.toDegrees(Math.atan2(x, y)));
                if (random.nextDouble() < 0.35) {
                    pole(corner[0], corner[1], 2 + random.nextInt(3));
                }
                int facade = random.nextInt(4);
                for (int i = 0; i < facade; i++) {
                    double[] at = offset(corner[0], corner[1], 10 + random.nextDouble() * 60, random.nextBoolean() ? 90 : 0);
                    camera(at[0], at[1], null, null, CameraMount.WALL);
                }
            }
        }
    }

    /**
     * Volunteers each walk a disc of the area (discs overlap) and log the cameras in it with
     * probability {@code seen}; positions get GPS noise ({@code gpsSigma} metres per axis), directions
     * compass noise ({@code compassSigma} degrees).
     */
    Survey survey(int volunteers, double reachMeters, double seen, double gpsSigma, double compassSigma) {
        List<Sighting> logs = new ArrayList<>();
        Map<UUID, Camera> truth = new HashMap<>();
        Map<UUID, String> authors = new HashMap<>();
        for (int v = 0; v < volunteers; v++) {
            Camera centre = cameras.get(random.nextInt(cameras.size()));
            for (Camera c : cameras) {
                if (GeoMath.distanceMeters(centre.lat(), centre.lon(), c.lat(), c.lon()) > reachMeters
                        || random.nextDouble() > seen) {
                    continue;
                }
                double north = random.nextGaussian() * gpsSigma;
                double east = random.nextGaussian() * gpsSigma;
                double[] at = offset(c.lat(), c.lon(), Math.hypot(north, east), Math.toDegrees(Math.atan2(east, north)));
                double direction = ((c.direction() + random.nextGaussian() * compassSigma) % 360 + 360) % 360;
                UUID id = new UUID(random.nextLong(), random.nextLong());
                Sighting s = new Sighting.Builder(id, new Position(at[0], at[1], PositionSource.EXIF, gpsSigma))
                        .kind(Kind.CAMERA).cameraType(c.type()).mount(c.mount())
                        .directions(List.of(Direction.bearing(Math.round(direction) % 360)))
                        .build();
                logs.add(s);
                truth.put(id, c);
                authors.put(id, "volunteer-" + v);
            }
        }
        return new Survey(logs, truth, authors);
    }

    private CameraType randomType() {
        double r = random.nextDouble();
        return r < 0.58 ? CameraType.DOME : r < 0.9 ? CameraType.FIXED : CameraType.PANNING;
    }

    static double[] offset(double lat, double lon, double meters, double bearing) {
        double north = meters * Math.cos(Math.toRadians(bearing));
        double east = meters * Math.sin(Math.toRadians(bearing));
        double dLat = Math.toDegrees(north / GeoMath.EARTH_RADIUS_M);
        double dLon = Math.toDegrees(east / (GeoMath.EARTH_RADIUS_M * Math.cos(Math.toRadians(lat))));
        return new double[] {lat + dLat, lon + dLon};
    }

    static double angle(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return d > 180 ? 360 - d : d;
    }
}
