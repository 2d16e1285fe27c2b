package io.licensor.app;

import io.licensor.ui.common.PortfolioContext;
import io.licensor.ui.shell.ShellModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import org.slf4j.LoggerFactory;

/**
 * Notices when the app became ready after start-up: the first portfolio is open, its first section shown and that
 * section's background work (the dashboard's figures) done and laid out. Logs the start-up milestones then and, for
 * the benchmark only, writes them to the file named by the system property {@value #MARKER_PROPERTY}
 * (docs/performance.md, "window ready").
 */
final class ReadyWatch {
    static final String MARKER_PROPERTY = "licensor.readyMarker";

    private final ShellModel shell;
    private final Scene scene;
    private boolean done;

    private ReadyWatch(ShellModel shell, Scene scene) {
        this.shell = shell;
        this.scene = scene;
    }

    static void watch(ShellModel shell, Scene scene) {
        ReadyWatch watch = new ReadyWatch(shell, scene);
        shell.contextProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends PortfolioContext> o, PortfolioContext old,
                    PortfolioContext open) {
                if (open != null) {
                    o.removeListener(this);
                    StartupMarks.mark("portfolio opened");
                    // The context is set before the first section is selected, and that section posts its first
                    // load with runLater when it is activated: two hops later that load has been started.
                    Platform.runLater(() -> Platform.runLater(watch::whenIdle));
                }
            }
        });
    }

    private void whenIdle() {
        if (!shell.work().isRunning()) {
            afterLayout();
            return;
        }
        shell.work().runningProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean running) {
                if (!running) {
                    o.removeListener(this);
                    // the result is handed over right after the work is marked finished
                    Platform.runLater(ReadyWatch.this::afterLayout);
                }
            }
        });
    }

    private void afterLayout() {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            ready();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void ready() {
        if (done) {
            return;
        }
        done = true;
        StartupMarks.mark("window ready");
        String summary = StartupMarks.summary();
        LoggerFactory.getLogger(ReadyWatch.class).info("Start-up (after main began): {}", summary);
        String marker = System.getProperty(MARKER_PROPERTY);
        if (marker != null) {
            try {
                Files.writeString(Path.of(marker), summary + System.lineSeparator());
            } catch (IOException e) {
                LoggerFactory.getLogger(ReadyWatch.class).warn("Could not write the ready marker {}", marker, e);
            }
        }
    }
}
