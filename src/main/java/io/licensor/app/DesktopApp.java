package io.licensor.app;

import io.licensor.service.DataFolders;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.shell.DesktopSettings;
import io.licensor.ui.shell.FirstFrame;
import io.licensor.ui.shell.FxDialogs;
import io.licensor.ui.shell.MainWindow;
import io.licensor.ui.shell.ShellModel;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. Start-up in three steps (decision 0110): the main window maps with its first frame
 * ({@link FirstFrame}); after that frame the shell is built into the same window; then the portfolio opens in the
 * background, and only its first section (the dashboard) is built.
 */
public final class DesktopApp extends Application {
    private ShellModel shell;
    private volatile boolean stopping;

    static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupMarks.mark("toolkit started");
        DesktopSettings settings = DesktopSettings.load();
        Path defaultFolder = DataFolders.defaultPortfolio();
        FirstFrame.show(stage, settings, defaultFolder);
        StartupMarks.mark("window shown");
        afterNextPulse(stage.getScene(), () -> startShell(stage, settings, defaultFolder));
    }

    /** Runs {@code then} on the FX thread once the scene's next frame was laid out and handed to the renderer. */
    private static void afterNextPulse(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void startShell(Stage stage, DesktopSettings settings, Path defaultFolder) {
        if (stopping) {
            return;
        }
        FxDialogs dialogs = new FxDialogs(stage);
        Logger log = LoggerFactory.getLogger(DesktopApp.class);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            // A bug must not end in a stack trace on screen: log it and say so in words.
            log.error("Unexpected error on {}", thread.getName(), error);
            if (Platform.isFxApplicationThread() && !stopping) {
                dialogs.showError("Something went wrong", "Licensor hit an unexpected error.",
                        error + "\n\nThe details are in the log file in " + DataFolders.logFolder() + ".");
            }
        });
        shell = new ShellModel(dialogs, new BackgroundWork(), settings, ShellModel.installedSections());
        MainWindow window = MainWindow.replaceFirstFrame(stage, shell, dialogs, Platform::exit);
        StartupMarks.mark("shell built");
        ReadyWatch.watch(shell, window.scene());
        shell.start(defaultFolder);
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
