package io.licensor.service;

import java.nio.file.Path;
import java.util.Locale;

/** Where Licensor keeps its data on this platform (shared/spec/cli.md). */
public final class DataFolders {
    private DataFolders() {}

    /** The platform's data folder for Licensor: XDG on Linux, %APPDATA% on Windows, Application Support on macOS. */
    public static Path dataHome() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Licensor");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Licensor");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("licensor");
    }

    /** The default portfolio folder: $LICENSOR_PORTFOLIO, else the data folder's {@code default}. */
    public static Path defaultPortfolio() {
        String env = System.getenv("LICENSOR_PORTFOLIO");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return dataHome().resolve("default");
    }

    /** Folder for the log file. */
    public static Path logFolder() {
        return dataHome().resolve("logs");
    }
}
