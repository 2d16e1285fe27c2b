package io.licensor.ui.shell;

import io.licensor.service.DataFolders;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the desktop app remembers between runs: window bounds, the last portfolio, the theme,
 * whether the welcome panel was dismissed. A small properties file
 * in the data folder ({@code desktop.properties}); the system property {@value #LOCATION_PROPERTY} points it elsewhere,
 * so tests and screenshot tools never read or write the real user's settings. A broken file is ignored (logged), not
 * fatal: losing a window position must never stop the app from starting.
 */
public final class DesktopSettings {
    public static final String LOCATION_PROPERTY = "licensor.desktop.settings";

    /** Window position and size; {@code maximized} wins over the bounds. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}

    private final Path file;
    private final Properties values = new Properties();

    private DesktopSettings(Path file) {
        this.file = file;
    }

    /** The settings at the default place (the system property, else the data folder). */
    public static DesktopSettings load() {
        String override = System.getProperty(LOCATION_PROPERTY);
        return load(override != null && !override.isBlank() ? Path.of(override)
                : DataFolders.dataHome().resolve("desktop.properties"));
    }

    public static DesktopSettings load(Path file) {
        DesktopSettings settings = new DesktopSettings(file);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                log().warn("Ignoring unreadable desktop settings {}", file, e);
                settings.values.clear();
            }
        }
        return settings;
    }

    public Path file() {
        return file;
    }

    public Optional<Path> lastPortfolio() {
        String value = values.getProperty("portfolio.last");
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    public void setLastPortfolio(Path folder) {
        values.setProperty("portfolio.last", folder.toAbsolutePath().toString());
    }

    public boolean darkTheme() {
        return Boolean.parseBoolean(values.getProperty("theme.dark", "false"));
    }

    public void setDarkTheme(boolean dark) {
        values.setProperty("theme.dark", Boolean.toString(dark));
    }

    /** True once the user chose "Don't show again" on the welcome panel: it no longer opens by itself. */
    public boolean welcomeDismissed() {
        return Boolean.parseBoolean(values.getProperty("welcome.dismissed", "false"));
    }

    public void setWelcomeDismissed(boolean dismissed) {
        values.setProperty("welcome.dismissed", Boolean.toString(dismissed));
    }

    public Optional<WindowBounds> windowBounds() {
        try {
            double x = Double.parseDouble(values.getProperty("window.x"));
            double y = Double.parseDouble(values.getProperty("window.y"));
            double w = Double.parseDouble(values.getProperty("window.width"));
            double h = Double.parseDouble(values.getProperty("window.height"));
            boolean max = Boolean.parseBoolean(values.getProperty("window.maximized", "false"));
            return Optional.of(new WindowBounds(x, y, w, h, max));
        } catch (NullPointerException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setWindowBounds(WindowBounds bounds) {
        values.setProperty("window.x", Double.toString(bounds.x()));
        values.setProperty("window.y", Double.toString(bounds.y()));
        values.setProperty("window.width", Double.toString(bounds.width()));
        values.setProperty("window.height", Double.toString(bounds.height()));
        values.setProperty("window.maximized", Boolean.toString(bounds.maximized()));
    }

    /** Writes the file (temp file + move, so a crash cannot leave half a file). Failures are logged only. */
    public void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                values.store(out, "Licensor desktop settings");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log().warn("Could not save desktop settings to {}", file, e);
        }
    }

    /** Looked up when needed: the settings are read before the first frame, and logging is set up after it. */
    private static Logger log() {
        return LoggerFactory.getLogger(DesktopSettings.class);
    }
}
