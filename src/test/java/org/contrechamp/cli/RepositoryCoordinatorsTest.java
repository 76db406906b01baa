package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository may name its campaign's coordinators: everyone's sync says so while they trust such
 * a key as a volunteer's, and nothing changes until they choose to trust it as a coordinator's.
 */
class RepositoryCoordinatorsTest {

    @TempDir
    Path root;

    private CliPeople people;

    @BeforeEach
    void people() {
        people = new CliPeople(root);
    }

    @Test
    void theRepositorysCoordinatorsAreNamedUntilTrustedAsSuch() throws Exception {
        Path coord = people.card("coord");
        people.card("alice");
        String repo = root.resolve("repo").toString();
        people.run("coord", "repo", "init", repo, "--coordinator", coord.toString());
        assertThat(Files.readString(root.resolve("repo").resolve("repository.json"))).contains("coordinators");

        people.run("alice", "trust", "add", coord.toString());
        assertThat(people.run("alice", "sync", "--repo", repo).out())
                .contains("The repository names coord", "trust add CARD --role coordinator");
        people.run("alice", "trust", "add", coord.toString(), "--role", "coordinator");
        assertThat(people.run("alice", "sync", "--repo", repo).out()).doesNotContain("The repository names");
    }
}
