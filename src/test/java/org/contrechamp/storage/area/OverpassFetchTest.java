package org.contrechamp.storage.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import org.contrechamp.core.area.AreaService;
import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.area.overpass.OverpassClient;
import org.contrechamp.core.area.OsmXml;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.testing.LocalTls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching an area from an Overpass server, against a local https server that plays one. */
class OverpassFetchTest {

    private static final BoundingBox BOX = new BoundingBox(7.41, 43.72, 7.43, 43.74);

    @TempDir
    Path dir;

    private static LocalTls tls;
    private HttpServer server;
    private SqliteAreaStore store;
    private AreaService area;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile byte[] answer;

    @BeforeAll
    static void certificate(@TempDir Path keys) throws Exception {
        tls = LocalTls.create(keys);
    }

    @BeforeEach
    void start() throws IOException {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls.server()));
        server = https;
        server.createContext("/api/interpreter", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            queries.add(URLDecoder.decode(body.substring("data=".length()), StandardCharsets.UTF_8));
            queries.add("agent:" + exchange.getRequestHeaders().getFirst("User-Agent"));
            byte[] bytes = answer == null ? new byte[0] : answer;
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        store = SqliteAreaStore.open(dir);
        area = new AreaService(store, dir, Clock.systemUTC(), new OverpassClient("Contrechamp/test", tls.client()));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        store.close();
    }

    private String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/api/interpreter";
    }

    private static byte[] neighbourhood(String streetName) {
        return SqliteAreaStoreTest.street(streetName, 43.73).node(50, 43.7301, 7.4201, "man_made", "surveillance")
                .text().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theAnswerIsImportedAsTheAreaAndTheDownloadRemoved() throws IOException {
        answer = neighbourhood("Rue Fetchée");
        AreaSummary s = area.fetch(BOX, url(), Progress.NONE, Cancellation.NEVER);
        assertThat(s.source()).isEqualTo("127.0.0.1");
        assertThat(s.cameras()).isEqualTo(1);
        assertThat(area.gazetteer().search("fetchee", 5)).hasSize(1);
        assertThat(queries.get(0)).contains("43.7200000,7.4100000,43.7400000,7.4300000").contains("[out:xml]");
        assertThat(queries.get(1)).isEqualTo("agent:Contrechamp/test");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("area-download-"));
        }
    }

    @Test
    void aBusyServerIsAClearErrorAndTheAreaStays() {
        answer = neighbourhood("Rue A");
        AreaSummary first = area.fetch(BOX, url(), Progress.NONE, Cancellation.NEVER);
        status = 429;
        answer = "rate limited".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> area.fetch(BOX, url(), Progress.NONE, Cancellation.NEVER))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).code()).isEqualTo("overpass-busy"));
        assertThat(area.current()).contains(first);
    }

    @Test
    void aTimedOutQueryAnsweredWithARemarkIsNotTakenForAnArea() {
        answer = OsmXml.create().node(1, 43.73, 7.42).raw("  <remark> runtime error: Query timed out </remark>\n").text()
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> area.fetch(BOX, url(), Progress.NONE, Cancellation.NEVER))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).code()).isEqualTo("osm-server-remark"));
        assertThat(area.current()).isEmpty();
    }

    @Test
    void badAddressesTooBigBoxesAndDeadServersAreRefusedWithAReason() throws IOException {
        assertThatThrownBy(() -> area.fetch(BOX, "ftp://example.org/x", Progress.NONE, Cancellation.NEVER))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).code()).isEqualTo("overpass-bad-url"));
        assertThatThrownBy(() -> area.fetch(new BoundingBox(2.2, 48.8, 2.5, 48.95), url(), Progress.NONE, Cancellation.NEVER))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).code()).isEqualTo("overpass-box-too-big"));
        assertThat(queries).isEmpty();
        int port = server.getAddress().getPort();
        server.stop(0);
        assertThatThrownBy(() -> area.fetch(BOX, "https://127.0.0.1:" + port + "/api/interpreter", Progress.NONE,
                Cancellation.NEVER)).satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).code())
                        .isIn("overpass-unreachable", "overpass-timeout"));
    }

    @Test
    void aPlainHttpAddressIsRefusedBeforeTheServerIsAsked() {
        String plain = url().replace("https://", "http://");
        assertThatThrownBy(() -> area.fetch(BOX, plain, Progress.NONE, Cancellation.NEVER))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).code()).isEqualTo("overpass-not-https"));
        assertThat(queries).isEmpty();
        assertThat(area.current()).isEmpty();
    }

    @Test
    void cancellingStopsTheFetch() {
        answer = neighbourhood("Rue A");
        assertThatThrownBy(() -> area.fetch(BOX, url(), Progress.NONE, () -> true)).isInstanceOf(CancellationException.class);
        assertThat(area.current()).isEmpty();
    }
}
