package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.contrechamp.app.LocalWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository may name its campaign's coordinators: everyone's sync says so while they trust such
 * a key as a volunteer's, and nothing changes until they choose to trust it as a coordinator's.
 */
class RepositoryCoordinatorsTest {

    @TempDir
    Path root;

    private CliRunner.Result run(String data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = root.resolve(data).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CliRunner.Result r = CliRunner.run(Locale.ENGLISH, LocalWorkspace::open, all);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    private Path card(String who) throws Exception {
        run(who, "identity", "init", "--name", who);
        Path card = root.resolve(who + ".json");
        Files.writeString(card, run(who, "identity", "show", "--json").out());
        return card;
    }

    @Test
    void theRepositorysCoordinatorsAreNamedUntilTrustedAsSuch() throws Exception {
        Path coord = card("coord");
        card("alice");
        String repo = root.resolve("repo").toString();
        run("coord", "repo", "init", repo, "--coordinator", coord.toString());
        assertThat(Files.readString(root.resolve("repo").resolve("repository.json"))).contains("coordinators");

        run("alice", "trust", "add", coord.toString());
        assertThat(run("alice", "sync", "--repo", repo).out())
                .contains("The repository names coord", "trust add CARD --role coordinator");
        run("alice", "trust", "add", coord.toString(), "--role", "coordinator");
        assertThat(run("alice", "sync", "--repo", repo).out()).doesNotContain("The repository names");
    }
}
