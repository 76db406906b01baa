package org.contrechamp.core.area.overpass;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.geo.GeoMath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads an area from an Overpass API server, and only when the user asks: nothing in Contrechamp
 * calls it on its own. The answer is streamed to a file (never held in memory), with a size limit,
 * and the download stops at once when cancelled. Every failure names the server and says what to do.
 */
public final class OverpassClient {

    private static final Logger LOG = LoggerFactory.getLogger(OverpassClient.class);
    /** Larger boxes are cities, not neighbourhoods: too slow for public Overpass servers. */
    public static final double MAX_AREA_KM2 = 150;
    private static final int SERVER_TIMEOUT_S = 180;
    private static final long MAX_BYTES = 512L * 1024 * 1024;

    private final String userAgent;
    /** The certificates servers are checked against; {@code null} for the system's. */
    private final SSLContext tls;
    /** Made at the first download: an HTTP client starts threads and TLS, which most runs never need. */
    private HttpClient http;

    public OverpassClient(String userAgent) {
        this(userAgent, null);
    }

    /** A client that checks servers' certificates against {@code tls} (a test's own local server). */
    public OverpassClient(String userAgent, SSLContext tls) {
        this.userAgent = userAgent;
        this.tls = tls;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            // NORMAL never follows a redirect from https to http: the query stays encrypted.
            HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                    .followRedirects(HttpClient.Redirect.NORMAL);
            if (tls != null) {
                builder.sslContext(tls);
            }
            http = builder.build();
        }
        return http;
    }

    /**
     * Checks a server address before anything is sent: https, with a host. A query names the
     * neighbourhood a campaign surveys; sent over plain http, anyone on the way (a shared Wi-Fi, the
     * provider) could read it, so it goes encrypted or not at all.
     */
    public static URI requireServer(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Problem.of("url", "overpass-bad-url", url));
        }
        return requireServer(uri, url.strip());
    }

    private static URI requireServer(URI uri, String asWritten) {
        String scheme = uri.getScheme();
        if ("http".equalsIgnoreCase(scheme)) {
            throw new InvalidInputException(Problem.of("url", "overpass-not-https", asWritten));
        }
        if (!"https".equalsIgnoreCase(scheme) || uri.getHost() == null) {
            throw new InvalidInputException(Problem.of("url", "overpass-bad-url", asWritten));
        }
        return uri;
    }

    /** Checks that a box is small enough to ask for. */
    public static void requireReasonable(BoundingBox box) {
        double height = GeoMath.distanceMeters(box.minLat(), box.centreLon(), box.maxLat(), box.centreLon()) / 1000;
        double width = GeoMath.distanceMeters(box.centreLat(), box.minLon(), box.centreLat(), box.maxLon()) / 1000;
        double km2 = width * height;
        if (km2 > MAX_AREA_KM2) {
            throw new InvalidInputException(Problem.of("bbox", "overpass-box-too-big", Math.round(km2), Math.round(MAX_AREA_KM2)));
        }
    }

    /**
     * Asks {@code server} for the area of {@code box} and writes the answer (OSM XML) to {@code target}.
     * Progress counts bytes received (the total is unknown: -1).
     */
    public void download(URI server, BoundingBox box, Path target, Progress progress, Cancellation cancellation) {
        requireServer(server, String.valueOf(server));
        requireReasonable(box);
        String form = "data=" + URLEncoder.encode(OverpassQuery.forBox(box, SERVER_TIMEOUT_S, MAX_BYTES),
                StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(server).timeout(Duration.ofSeconds(SERVER_TIMEOUT_S + 30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        String host = server.getHost();
        LOG.info("fetching an area from an Overpass server");
        CompletableFuture<HttpResponse<InputStream>> pending = http().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        HttpResponse<InputStream> response = await(pending, host, cancellation);
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status != 200) {
                throw new InvalidInputException(Problem.of(host, statusProblem(status), status));
            }
            copy(body, target, host, progress, cancellation);
        } catch (IOException e) {
            throw new InvalidInputException(Problem.of(host, "overpass-unreachable", String.valueOf(e.getMessage())));
        }
    }

    private static HttpResponse<InputStream> await(CompletableFuture<HttpResponse<InputStream>> pending, String host,
            Cancellation cancellation) {
        while (true) {
            if (cancellation.isCancelled()) {
                pending.cancel(true);
                throw new CancellationException();
            }
            try {
                return pending.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // check the cancellation again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pending.cancel(true);
                throw new CancellationException();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                String code = cause instanceof HttpTimeoutException ? "overpass-timeout" : "overpass-unreachable";
                String detail = cause instanceof ConnectException ? "connection refused" : String.valueOf(cause);
                throw new InvalidInputException(Problem.of(host, code, detail));
            }
        }
    }

    private static String statusProblem(int status) {
        return switch (status) {
            case 400 -> "overpass-rejected";
            case 429 -> "overpass-busy";
            case 502, 503, 504 -> "overpass-overloaded";
            default -> "overpass-http";
        };
    }

    private static void copy(InputStream body, Path target, String host, Progress progress, Cancellation cancellation)
            throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        boolean complete = false;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = body.read(buffer)) >= 0) {
                cancellation.throwIfCancelled();
                out.write(buffer, 0, n);
                total += n;
                if (total > MAX_BYTES) {
                    throw new InvalidInputException(Problem.of(host, "overpass-too-large", MAX_BYTES / (1024 * 1024)));
                }
                progress.update(total, -1, host);
            }
            complete = true;
        } finally {
            if (!complete) {
                Files.deleteIfExists(target);
            }
        }
        if (total == 0) {
            Files.deleteIfExists(target);
            throw new InvalidInputException(Problem.of(host, "overpass-empty"));
        }
    }
}
