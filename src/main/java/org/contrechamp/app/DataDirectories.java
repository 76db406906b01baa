package org.contrechamp.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the data directory is: {@code --data DIR}, else {@code CONTRECHAMP_DATA}, else the operating
 * system's convention for application data.
 */
public final class DataDirectories {

    public static final String ENVIRONMENT_VARIABLE = "CONTRECHAMP_DATA";

    private DataDirectories() {
    }

    public static Path resolve(Path explicit, Map<String, String> env, String osName, String userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENVIRONMENT_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return osDefault(env, osName, userHome);
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path osDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Contrechamp");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Contrechamp");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("contrechamp");
    }
}
