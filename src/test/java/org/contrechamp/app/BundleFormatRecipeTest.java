package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.contrechamp.core.repository.RepositoryLayout;
import org.contrechamp.testing.Commands;
import org.contrechamp.testing.TestJpegs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the hand-verification recipe of docs/bundle-format.md (base64, sha256sum, openssl) on a real
 * bundle: it must pass, and fail once a byte of the bundle or of a photo is changed.
 */
class BundleFormatRecipeTest {

    @TempDir
    Path root;

    private String script;
    private Path bundle;
    private Path blob;
    private String key;

    @BeforeEach
    void makeABundle() throws IOException {
        assumeTrue(Commands.works("openssl", "version") && Commands.works("bash", "--version"), "openssl or bash missing");
        String doc = Files.readString(Path.of("docs/bundle-format.md"));
        int marker = doc.indexOf("<!-- recipe:verify -->");
        int start = doc.indexOf("```sh\n", marker) + 6;
        script = doc.substring(start, doc.indexOf("```", start));
        try (Party alice = new Party("Alice", root); Party coord = new Party("Coord", root)) {
            Path repo = root.resolve("repo");
            coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
            String photo = alice.photos.add(root.resolve("p"), TestJpegs.jpeg(400, 300), 1);
            alice.add(48.85, 2.35, photo);
            alice.add(48.86, 2.36);
            alice.sync(repo);
            key = Base64.getEncoder().encodeToString(alice.identity().publicKey());
            try (Stream<Path> files = Files.walk(repo)) {
                var all = files.filter(Files::isRegularFile).toList();
                bundle = all.stream().filter(p -> p.toString().endsWith(".json")
                        && p.getParent().getParent().getFileName().toString().equals(RepositoryLayout.BUNDLES)).findFirst().orElseThrow();
                blob = all.stream().filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).findFirst().orElseThrow();
            }
        }
    }

    @Test
    void theRecipeVerifiesAGenuineBundle() throws Exception {
        String[] result = run();
        assertThat(result[0]).as(result[1]).isEqualTo("0");
        assertThat(result[1]).contains("Signature Verified Successfully").contains("verified: signer");
    }

    @Test
    void theRecipeFailsWhenOneByteOfTheManifestChanged() throws Exception {
        String envelope = Files.readString(bundle);
        String payload = envelope.replaceAll(".*\"payload\":\"([^\"]*)\".*\\s*", "$1");
        byte[] bytes = Base64.getDecoder().decode(payload);
        bytes[bytes.length / 3] ^= 0x01;
        Files.writeString(bundle, envelope.replace(payload, Base64.getEncoder().encodeToString(bytes)));
        assertThat(run()[0]).isNotEqualTo("0");
    }

    @Test
    void theRecipeFailsWhenAPhotoChanged() throws Exception {
        byte[] jpeg = Files.readAllBytes(blob);
        jpeg[jpeg.length / 2] ^= 0x10;
        Files.write(blob, jpeg);
        assertThat(run()[0]).isNotEqualTo("0");
    }

    @Test
    void theRecipeFailsUnderAnotherKey() throws Exception {
        try (Party mallory = new Party("Mallory", root)) {
            key = Base64.getEncoder().encodeToString(mallory.identity().publicKey());
        }
        assertThat(run()[0]).isNotEqualTo("0");
    }

    private String[] run() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).directory(root.toFile());
        pb.environment().put("BUNDLE", bundle.toString());
        pb.environment().put("KEY", key);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String[] {Integer.toString(p.exitValue()), out};
    }
}
