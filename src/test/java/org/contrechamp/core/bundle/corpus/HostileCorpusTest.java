package org.contrechamp.core.bundle.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.bundle.BundleRejectedException;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.identity.KeyCard;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.testing.DatabaseSnapshot;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the hostile corpus (src/test/resources/org/contrechamp/bundles/hostile): every case must end
 * in its expected error code, through verification and through import, and leave the database
 * exactly as it was (counts and content). {@code -Dcontrechamp.corpus.write=true} regenerates the
 * folder from {@link HostileCorpus}.
 */
class HostileCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/org/contrechamp/bundles/hostile");

    @TempDir
    Path temp;

    @Test
    void theCorpusFolderHoldsEveryGeneratedCase() throws IOException {
        List<HostileCorpus.Case> cases = HostileCorpus.all();
        if (Boolean.getBoolean("contrechamp.corpus.write")) {
            write(cases);
        }
        TreeSet<String> generated = new TreeSet<>();
        cases.forEach(c -> generated.add(c.name()));
        assertThat(caseFolders().stream().map(p -> p.getFileName().toString()).toList())
                .as("regenerate with -Dcontrechamp.corpus.write=true").containsExactlyElementsOf(generated);
        assertThat(generated).hasSizeGreaterThan(60);
        for (String family : List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12")) {
            assertThat(generated).as("family " + family).anyMatch(n -> n.startsWith(family + "-"));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHostileCaseIsRefusedWithItsCodeAndChangesNothing() throws IOException {
        return caseFolders().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
    }

    private void run(Path dir) throws IOException {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("case.properties"), StandardCharsets.UTF_8)) {
            props.load(in);
        }
        String expected = props.getProperty("expected");
        Path data = temp.resolve(dir.getFileName().toString());
        try (LocalWorkspace workspace = LocalWorkspace.open(data)) {
            workspace.trust().trust(card("trusted-main.json"));
            workspace.trust().trust(card("trusted-other.json"));
            if ("revoked".equals(props.getProperty("trust"))) {
                workspace.trust().revoke(card("trusted-main.json").fingerprint().hex());
            }
            List<Path> cards = list(dir, "card-");
            if (!cards.isEmpty()) {
                for (Path card : cards) {
                    String text = Files.readString(card);
                    Throwable thrown = catchThrowable(() -> KeyCard.read(card.toString(), text, null));
                    assertThat(thrown).as(card.toString()).isInstanceOf(InvalidInputException.class);
                    assertThat(((InvalidInputException) thrown).problems().get(0).code()).isEqualTo(expected);
                    ObjectNode node = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
                    byte[] key = Base64.getDecoder().decode(node.get("publicKey").asText());
                    assertThatThrownBy(() -> workspace.trust().trust(new PublicIdentity("x", key)))
                            .isInstanceOfSatisfying(InvalidInputException.class,
                                    e -> assertThat(e.problems().get(0).code()).isEqualTo(expected));
                }
                assertThat(workspace.trust().list()).hasSize(2);
                return;
            }
            for (Path before : list(dir.resolve("before"), "")) {
                assertThat(workspace.sharing().importFile(before, Cancellation.NEVER).alreadyImported()).isFalse();
            }
            workspace.close();
        }
        String snapshot = DatabaseSnapshot.of(data);
        try (LocalWorkspace workspace = LocalWorkspace.open(data)) {
            Path bundle = dir.resolve("bundle.json");
            boolean needsHistory = Files.isDirectory(dir.resolve("before"));
            if (!needsHistory) {
                Throwable verified = catchThrowable(() -> workspace.sharing().verify(bundle, null));
                assertThat(verified).as("verify").isInstanceOf(BundleRejectedException.class);
                assertThat(((BundleRejectedException) verified).code()).as("verify").isEqualTo(expected);
            }
            Throwable imported = catchThrowable(() -> workspace.sharing().importFile(bundle, Cancellation.NEVER));
            assertThat(imported).as("import").isInstanceOf(BundleRejectedException.class);
            assertThat(((BundleRejectedException) imported).code()).as("import").isEqualTo(expected);
        }
        assertThat(DatabaseSnapshot.of(data)).as("database unchanged").isEqualTo(snapshot);
    }

    private static PublicIdentity card(String name) throws IOException {
        return KeyCard.read(name, Files.readString(CORPUS.resolve(name)), null);
    }

    private static List<Path> caseFolders() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<Path> list(Path dir, String prefix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    private static void write(List<HostileCorpus.Case> cases) throws IOException {
        if (Files.exists(CORPUS)) {
            try (Stream<Path> old = Files.walk(CORPUS)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(CORPUS);
        Files.writeString(CORPUS.resolve("trusted-main.json"), KeyCard.toJson(CorpusKeys.MAIN.identity()).toPrettyString() + "\n");
        Files.writeString(CORPUS.resolve("trusted-other.json"), KeyCard.toJson(CorpusKeys.OTHER.identity()).toPrettyString() + "\n");
        for (HostileCorpus.Case c : cases) {
            Path dir = Files.createDirectories(CORPUS.resolve(c.name()));
            for (var file : c.files().entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            Files.writeString(dir.resolve("repository.json"), "{\"format\":\"contrechamp-repository\",\"version\":1,"
                    + "\"id\":\"" + CorpusBundle.AUDIENCE + "\",\"name\":\"Hostile corpus\"}\n");
            List<String> lines = new ArrayList<>();
            lines.add("# Hostile bundle case: the file under test is bundle.json (or card-*.json).");
            lines.add("expected=" + c.expected());
            lines.add("description=" + c.description().replace("\n", " "));
            lines.add("trust=" + c.trust());
            Files.write(dir.resolve("case.properties"), lines, StandardCharsets.UTF_8);
        }
    }
}
