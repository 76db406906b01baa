package org.contrechamp.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The numbered SQL scripts that build the schema, in order. Version N of the database is the state
 * after script N; {@code PRAGMA user_version} holds it. A script, once released, never changes: a
 * change to the schema is a new script. (A test checks that every file in the migrations folder is
 * listed here and that the numbers have no gaps.)
 */
public final class Migrations {

    static final String FOLDER = "/org/contrechamp/storage/migrations/";

    /** Script file names; the number in the name is its version. */
    public static final List<String> SCRIPTS = List.of(
            "V001__create_sighting.sql",
            "V002__create_photo.sql",
            "V003__sighting_search.sql");

    private Migrations() {
    }

    public static int latestVersion() {
        return SCRIPTS.size();
    }

    public static String script(int version) {
        String name = SCRIPTS.get(version - 1);
        if (!name.startsWith(String.format("V%03d__", version))) {
            throw new IllegalStateException("migration " + name + " is listed as version " + version);
        }
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
