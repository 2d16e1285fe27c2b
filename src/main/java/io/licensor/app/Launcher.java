package io.licensor.app;

import io.licensor.cli.LicensorCommand;
import io.licensor.service.DataFolders;

/**
 * Entry point. With no arguments it starts the desktop app; with a subcommand it runs headless (no JavaFX toolkit).
 * Deliberately not a subclass of Application: JavaFX on the class path refuses to launch such a main class.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        StartupMarks.start();
        if (System.getProperty("licensor.logdir") == null) {
            System.setProperty("licensor.logdir", DataFolders.logFolder().toString());
        }
        if (args.length == 0) {
            DesktopApp.launchApp(args);
        } else {
            System.exit(LicensorCommand.run(args));
        }
    }
}
