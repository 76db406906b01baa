package org.contrechamp.core.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into {@code version.properties} at build time. */
public final class ProgramVersion {

    private ProgramVersion() {
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = ProgramVersion.class.getResourceAsStream("/org/contrechamp/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // "unknown" below
        }
        return p.getProperty("version", "unknown");
    }

    /** How Contrechamp introduces itself to the servers the user asks it to contact (Overpass). */
    public static String userAgent() {
        return "Contrechamp/" + version() + " (offline surveillance-camera survey)";
    }
}
