package org.contrechamp.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The numbered SQL scripts that build the schema, in order. Version N of the database is the state
 * after script N; {@code PRAGMA user_version} holds it. A script, once released, never changes: a
 * change to the schema is a new script.
 *
 * <p>Numbers are reserved per feature while features are written side by side (photo import V002,
 * offline area V003, bundles V004), so a branch may list a script whose predecessors live in another
 * branch: the numbers only have to increase. Once the branches meet, the list has no gap.
 */
public final class Migrations {

    static final String FOLDER = "/org/contrechamp/storage/migrations/";

    /** Script file names, in increasing order of the version number in their names. */
    public static final List<String> SCRIPTS = List.of(
            "V001__create_sighting.sql",
            "V002__create_photo.sql",
            "V003__sighting_search.sql",
            "V004__bundles.sql",
            "V005__authorship.sql",
            "V006__revisions_that_merge.sql",
            // the official list of declared sites (issue 13)
            "V007__declared_list.sql",
            // the audit log of the coordinator's decisions (issue 12)
            "V008__audit_log.sql",
            // the duplicates' local decisions (issue 12)
            "V009__duplicate_decisions.sql",
            // the GPS tracks kept for coverage (issue 14)
            "V010__gps_tracks.sql",
            // decisions about pairs of records, as their revisions carry them (issue 12, docs/adr/0049);
            "V011__decisions_received.sql",
            // fewer writes per stored record: an unused index dropped, the search index written from the
            // values stored (issue 11's import speed, docs/adr/0056)
            "V012__fewer_writes_per_record.sql",
            // what the coordinator's consolidated inventory last carried of each record (issue 12, docs/adr/0054)
            "V013__published_records.sql",
            // the versions each record was seen in, and the comments of decisions (docs/adr/0055)
            "V014__kept_revisions.sql",
            // the proposals a record took and gave back, left out of its lineage (docs/adr/0058)
            "V015__released_proposals.sql",
            // which records this computer changed after their creation, found without reading the history (docs/adr/0068)
            "V016__edits_made_here.sql");

    private Migrations() {
    }

    public static int latestVersion() {
        return version(SCRIPTS.get(SCRIPTS.size() - 1));
    }

    /** The versions that have a script, in order. */
    public static List<Integer> versions() {
        List<Integer> versions = SCRIPTS.stream().map(Migrations::version).toList();
        for (int i = 1; i < versions.size(); i++) {
            if (versions.get(i) <= versions.get(i - 1)) {
                throw new IllegalStateException("migrations out of order: " + SCRIPTS);
            }
        }
        return versions;
    }

    public static String script(int version) {
        String name = SCRIPTS.stream().filter(s -> version(s) == version).findFirst()
                .orElseThrow(() -> new IllegalStateException("no migration numbered " + version));
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int version(String scriptName) {
        if (!scriptName.matches("V\\d{3}__[a-z0-9_]+\\.sql")) {
            throw new IllegalStateException("badly named migration " + scriptName);
        }
        return Integer.parseInt(scriptName.substring(1, 4));
    }
}
