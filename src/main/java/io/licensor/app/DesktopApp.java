package io.licensor.app;

import io.licensor.service.DataFolders;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.shell.DesktopSettings;
import io.licensor.ui.shell.FxDialogs;
import io.licensor.ui.shell.MainWindow;
import io.licensor.ui.shell.ShellModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: wires settings, dialogs and sections into the main window and opens a portfolio. */
public final class DesktopApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    private ShellModel shell;
    private volatile boolean stopping;

    static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        FxDialogs dialogs = new FxDialogs(stage);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            // A bug must not end in a stack trace on screen: log it and say so in words.
            LOG.error("Unexpected error on {}", thread.getName(), error);
            if (Platform.isFxApplicationThread() && !stopping) {
                dialogs.showError("Something went wrong", "Licensor hit an unexpected error.",
                        error + "\n\nThe details are in the log file in " + DataFolders.logFolder() + ".");
            }
        });
        shell = new ShellModel(dialogs, new BackgroundWork(), DesktopSettings.load(), ShellModel.installedSections());
        MainWindow.show(stage, shell, dialogs, Platform::exit);
        shell.start(DataFolders.defaultPortfolio());
    }

    /** Closes the portfolio (its database shuts down) so the JVM does not linger after the window is gone. */
    @Override
    public void stop() {
        stopping = true;
        if (shell != null) {
            shell.close();
        }
    }
}
