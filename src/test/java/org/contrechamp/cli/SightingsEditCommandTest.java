package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sightings edit ID}: move, tag, untag and confirm a sighting from the command line, one revision per call. */
class SightingsEditCommandTest {

    @TempDir
    Path root;

    private CliRunner.Result run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    private CliRunner.Result run(Locale locale, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = root.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(locale, LocalWorkspace::open, all);
    }

    private String add(String... tags) {
        List<String> args = new java.util.ArrayList<>(List.of("sightings", "add", "--lat", "48.85", "--lon", "2.35"));
        for (String t : tags) {
            args.add("--tag");
            args.add(t);
        }
        String out = run(args.toArray(String[]::new)).out().strip();
        return out.substring(out.lastIndexOf('\n') + 1);
    }

    private JsonNode show(String id) throws Exception {
        return new ObjectMapper().readTree(run("sightings", "show", id).out());
    }

    @Test
    void tagsUntagsAndMovesInOneRevision() throws Exception {
        String id = add("camera:type=dome", "operator=Mairie", "description=au coin");
        CliRunner.Result edited = run("sightings", "edit", id, "--lat", "48.8601", "--lon", "2.3502",
                "--tag", "camera:mount=pole", "--untag", "operator", "--untag", "description");
        assertThat(edited.exitCode()).as(edited.err()).isZero();
        assertThat(edited.out()).contains("revision 2");
        JsonNode s = show(id);
        assertThat(s.get("revision").asInt()).isEqualTo(2);
        assertThat(s.get("position").get("lat").asDouble()).isEqualTo(48.8601);
        assertThat(s.get("position").get("lon").asDouble()).isEqualTo(2.3502);
        assertThat(s.get("tags").get("camera:mount").asText()).isEqualTo("pole");
        assertThat(s.get("tags").get("camera:type").asText()).isEqualTo("dome");
        assertThat(s.get("tags").has("operator")).isFalse();
        assertThat(s.get("tags").has("description")).isFalse();
    }

    @Test
    void confirmMakesAReviewedDraftReadyToShare() throws Exception {
        Sighting draft;
        try (LocalWorkspace w = LocalWorkspace.open(root.resolve("data"))) {
            draft = w.sightings().create(Sighting.newAt(Position.manual(48.85, 2.35)).draft(true).build());
        }
        assertThat(show(draft.id().toString()).get("draft").asBoolean()).isTrue();
        assertThat(run("sightings", "edit", draft.id().toString(), "--confirm").exitCode()).isZero();
        assertThat(show(draft.id().toString()).has("draft")
                && show(draft.id().toString()).get("draft").asBoolean()).isFalse();
    }

    @Test
    void anEditThatChangesNothingMakesNoRevision() throws Exception {
        String id = add("camera:type=dome");
        CliRunner.Result same = run("sightings", "edit", id, "--tag", "camera:type=dome");
        assertThat(same.exitCode()).isZero();
        assertThat(same.out()).contains("Nothing to change");
        assertThat(show(id).get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() throws Exception {
        String id = add("camera:type=dome");
        CliRunner.Result unknown = run("sightings", "edit", "6a1f7b52-3c1e-4f7b-9d2a-8e6b4c3a2f99", "--confirm");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no sighting");

        CliRunner.Result latOnly = run("sightings", "edit", id, "--lat", "48.9");
        assertThat(latOnly.exitCode()).isEqualTo(2);
        assertThat(latOnly.err()).contains("--lon").contains("give --lat and --lon together");

        CliRunner.Result badType = run("sightings", "edit", id, "--tag", "camera:type=laser");
        assertThat(badType.exitCode()).isEqualTo(1);
        assertThat(badType.err()).contains("camera:type").contains("laser");

        CliRunner.Result notThere = run("sightings", "edit", id, "--untag", "colour");
        assertThat(notThere.exitCode()).isEqualTo(1);
        assertThat(notThere.err()).contains("colour");

        CliRunner.Result manMade = run("sightings", "edit", id, "--untag", "man_made");
        assertThat(manMade.exitCode()).isEqualTo(1);

        CliRunner.Result tooLong = run("sightings", "edit", id, "--tag", "description=" + "x".repeat(256));
        assertThat(tooLong.exitCode()).isEqualTo(1);
        assertThat(tooLong.err()).contains("description");

        CliRunner.Result noKey = run("sightings", "edit", id, "--tag", "=x");
        assertThat(noKey.exitCode()).isNotZero();
        assertThat(noKey.err()).contains("--tag", "“=x” is not a tag: write KEY=VALUE").doesNotContain("extraTags");

        CliRunner.Result french = run(Locale.FRENCH, "sightings", "edit", id, "--untag", "couleur");
        assertThat(french.err()).contains("couleur");
        assertThat(show(id).get("revision").asInt()).isEqualTo(1);
    }
}
