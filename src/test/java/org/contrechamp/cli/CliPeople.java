package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.contrechamp.app.LocalWorkspace;

/**
 * Several people, each with a data directory under one root, driving the command line as their
 * scripts would: {@code run("alice", "sync", "--repo", repo)}.
 */
final class CliPeople {

    private final Path root;

    CliPeople(Path root) {
        this.root = root;
    }

    /** Runs a command in {@code who}'s data directory; it must succeed. */
    CliRunner.Result run(String who, String... args) {
        CliRunner.Result r = tryRun(who, args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    /** Runs a command in {@code who}'s data directory, whatever its exit code. */
    CliRunner.Result tryRun(String who, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = root.resolve(who).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(Locale.ENGLISH, LocalWorkspace::open, all);
    }

    /**
     * Alice (a volunteer) and Coord (the coordinator who made the repository at {@code repo}), each
     * trusting the other, and Alice's first camera: its id.
     */
    String aliceAndCoordWithOneCamera(String repo) throws Exception {
        Path alice = card("alice");
        Path coord = card("coord");
        run("coord", "repo", "init", repo);
        run("coord", "trust", "add", alice.toString());
        run("alice", "trust", "add", coord.toString(), "--role", "coordinator");
        String out = run("alice", "sightings", "add", "--lat", "48.85", "--lon", "2.35").out().strip();
        return out.substring(out.lastIndexOf('\n') + 1);
    }

    /** Makes {@code who}'s identity and writes the key card others trust it by. */
    Path card(String who) throws Exception {
        run(who, "identity", "init", "--name", who);
        Path card = root.resolve(who + ".json");
        Files.writeString(card, run(who, "identity", "show", "--json").out());
        return card;
    }
}
