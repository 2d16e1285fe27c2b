package io.licensor.ui.scenarios;

import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.shell.DesktopSettings;
import io.licensor.ui.shell.MainWindow;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.shell.Theme;
import io.licensor.ui.testing.Fx;
import io.licensor.ui.testing.Headless;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.Snapshots;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Takes the documentation's pictures of the scenario studio: the main window at 1280 x 800 on the demo portfolio's
 * article scenario, in the light and the dark theme. Headless (Monocle), in a temporary data folder.
 * Run: {@code mvn -q -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.licensor.ui.scenarios.ScenarioStudioScreenshots [-Dexec.args=docs/images]}
 */
public final class ScenarioStudioScreenshots {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private ScenarioStudioScreenshots() {}

    public static void main(String[] args) throws Exception {
        Headless.configure();
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Path home = Files.createTempDirectory("licensor-screenshots");
        Platform.startup(() -> { });
        try {
            List<BufferedImage> images = take(home);
            Snapshots.write(images.get(0), out.resolve("scenario-studio.png"));
            Snapshots.write(images.get(1), out.resolve("scenario-studio-dark.png"));
        } finally {
            Platform.exit();
        }
    }

    /** The light and dark pictures of the studio on the demo portfolio. */
    public static List<BufferedImage> take(Path home) {
        DesktopSettings settings = DesktopSettings.load(home.resolve("desktop.properties"));
        ShellModel shell = Fx.call(() -> new ShellModel(new ScriptedDialogs(), new BackgroundWork(), settings,
                ShellModel.installedSections()));
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
            Fx.run(() -> shell.showSection("Scenarios"));
            Fx.waitUntil(() -> !shell.work().isRunning());
            // the tiered structure: its range slider and three rates show what the studio can do
            Fx.run(() -> ((ScenariosSection) shell.selectedSectionProperty().get()).controller().structureTabs()
                    .getSelectionModel().select(1));
            Fx.run(() -> { });
            List<BufferedImage> images = new ArrayList<>();
            images.add(Fx.call(() -> Snapshots.take(window.scene())));
            Fx.run(() -> Theme.apply(window.scene(), true));
            images.add(Fx.call(() -> Snapshots.take(window.scene())));
            Fx.run(() -> Theme.apply(window.scene(), false));
            return images;
        } finally {
            Fx.run(() -> {
                window.stage().hide();
                shell.close();
            });
        }
    }
}
