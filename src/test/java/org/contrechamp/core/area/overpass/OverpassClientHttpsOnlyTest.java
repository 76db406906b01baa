package org.contrechamp.core.area.overpass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A query to Overpass names the neighbourhood a campaign surveys: it goes encrypted or not at all.
 * Every refusal here happens before any connection is made.
 */
class OverpassClientHttpsOnlyTest {

    private static final BoundingBox BOX = new BoundingBox(7.41, 43.72, 7.43, 43.74);

    @TempDir
    Path dir;

    private static Problem problemOf(Throwable e) {
        assertThat(e).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) e).problems().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://overpass-api.de/api/interpreter", "HTTP://overpass-api.de/api/interpreter",
        " http://127.0.0.1:8080/api/interpreter"})
    void aPlainHttpServerIsRefusedAsUnencrypted(String url) {
        assertThatThrownBy(() -> OverpassClient.requireServer(url))
                .satisfies(e -> assertThat(problemOf(e).code()).isEqualTo("overpass-not-https"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/api/interpreter", "file:///tmp/x", "https:///api/interpreter",
        "overpass-api.de/api/interpreter", "ws://example.org/x", ""})
    void anAddressThatIsNoHttpsServerIsRefused(String url) {
        assertThatThrownBy(() -> OverpassClient.requireServer(url))
                .satisfies(e -> assertThat(problemOf(e).code()).isEqualTo("overpass-bad-url"));
    }

    @Test
    void anHttpsServerIsAccepted() {
        assertThat(OverpassClient.requireServer("https://overpass-api.de/api/interpreter").getHost())
                .isEqualTo("overpass-api.de");
        assertThat(OverpassClient.requireServer(Settings.DEFAULTS.overpassUrl()).getScheme()).isEqualTo("https");
    }

    @Test
    void theClientItselfRefusesPlainHttpBeforeConnecting() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            URI plain = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/api/interpreter");
            Path target = dir.resolve("area.osm");

            assertThatThrownBy(() -> new OverpassClient("Contrechamp/test").download(plain, BOX, target, Progress.NONE,
                    Cancellation.NEVER)).satisfies(e -> assertThat(problemOf(e).code()).isEqualTo("overpass-not-https"));

            listener.setSoTimeout(300);
            assertThatThrownBy(listener::accept).as("nobody connected").isInstanceOf(SocketTimeoutException.class);
            assertThat(Files.exists(target)).isFalse();
        }
    }

    @Test
    void theSettingsRefusePlainHttpAndKeepHttps() {
        assertThatThrownBy(() -> Settings.DEFAULTS.withOverpassUrl("http://overpass.example.org/api/interpreter"))
                .satisfies(e -> assertThat(problemOf(e).code()).isEqualTo("overpass-not-https"));
        assertThat(Settings.DEFAULTS.withOverpassUrl("https://overpass.example.org/api/interpreter").overpassUrl())
                .isEqualTo("https://overpass.example.org/api/interpreter");
    }

    @Test
    void theRefusalSaysWhyAndWhatToDoInBothLanguages() {
        Problem p = problemOf(catchThrowable("http://overpass.example.org/api/interpreter"));
        String en = Messages.forLocale(Locale.ENGLISH).get(p.messageKey(), p.args().toArray());
        String fr = Messages.forLocale(Locale.FRENCH).get(p.messageKey(), p.args().toArray());

        assertThat(en).contains("http://overpass.example.org/api/interpreter").contains("https://");
        assertThat(fr).contains("http://overpass.example.org/api/interpreter").contains("https://");
        assertThat(fr).isNotEqualTo(en);
    }

    private static Throwable catchThrowable(String url) {
        try {
            OverpassClient.requireServer(url);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("not refused: " + url);
    }
}
