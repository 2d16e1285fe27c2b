package io.licensor.ui.receipts;

import io.licensor.ui.common.Section;
import io.licensor.ui.common.SectionProvider;
import io.licensor.ui.shell.DesktopSettings;
import io.licensor.ui.shell.MainWindow;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.testing.Fx;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.Snapshots;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.stage.Stage;

/**
 * Pictures of one section of the main window at 1280 x 800 with the demo portfolio (installed into a temporary
 * home), for the documentation. Call after {@code Platform.startup}.
 */
public final class SectionShots {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private SectionShots() {}

    /** Opens the demo with {@code providers}, shows section {@code title}, runs {@code setup} on it, takes the picture. */
    public static BufferedImage take(Path home, List<SectionProvider> providers, String title,
            Consumer<Section> setup) {
        DesktopSettings settings = DesktopSettings.load(home.resolve("desktop.properties"));
        ShellModel shell = Fx.call(() -> new ShellModel(new ScriptedDialogs(), new BackgroundWork(), settings,
                providers));
        MainWindow window = Fx.call(() -> {
            MainWindow w = MainWindow.show(new Stage(), shell, new ScriptedDialogs(), () -> { });
            w.stage().setX(0);
            w.stage().setY(0);
            w.stage().setWidth(WIDTH);
            w.stage().setHeight(HEIGHT);
            return w;
        });
        try {
            Fx.run(() -> shell.start(home.resolve("default")));
            Fx.waitUntil(() -> shell.contextProperty().get() != null && !shell.work().isRunning());
            Fx.run(() -> shell.showSection(title));
            // the section is built on this first visit: the shown one is the built section
            Section section = Fx.call(() -> shell.selectedSectionProperty().get());
            Fx.waitUntil(() -> !shell.work().isRunning());
            Fx.run(() -> setup.accept(section));
            Fx.waitUntil(() -> !shell.work().isRunning());
            return Fx.call(() -> Snapshots.take(window.scene()));
        } finally {
            Fx.run(() -> {
                window.stage().hide();
                shell.close();
            });
        }
    }
}
