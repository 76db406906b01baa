package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revision numbers are counted per computer (docs/adr/0041): a coordinator's script that checks that
 * everyone holds the same camera compares digests, so {@code sightings show} and {@code list} print
 * the digest of the revision held.
 */
class SightingDigestCommandLineTest {

    @TempDir
    Path root;

    @Test
    void twoComputersHoldingOneRevisionPrintOneDigestAndAnEditChangesIt() throws Exception {
        CliPeople people = new CliPeople(root);
        String repo = root.resolve("repo").toString();
        String id = people.aliceAndCoordWithOneCamera(repo);
        people.run("alice", "sync", "--repo", repo);
        people.run("coord", "sync", "--repo", repo);
        people.run("coord", "sightings", "edit", id, "--tag", "operator=Ville");
        people.run("coord", "sync", "--repo", repo);
        people.run("alice", "sync", "--repo", repo);

        ObjectMapper json = new ObjectMapper();
        String atAlice = json.readTree(people.run("alice", "sightings", "show", id).out()).path("digest").asText();
        String atCoord = json.readTree(people.run("coord", "sightings", "show", id).out()).path("digest").asText();
        assertThat(atAlice).matches("[0-9a-f]{64}").isEqualTo(atCoord);
        JsonNode listed = json.readTree(people.run("coord", "sightings", "list").out());
        assertThat(listed.get(0).path("digest").asText()).isEqualTo(atCoord);

        people.run("alice", "sightings", "edit", id, "--tag", "note=two lenses");
        assertThat(json.readTree(people.run("alice", "sightings", "show", id).out()).path("digest").asText())
                .matches("[0-9a-f]{64}").isNotEqualTo(atCoord);
    }
}
