package io.licensor.ui.shell;

import io.licensor.ui.assets.AssetsSection;
import io.licensor.ui.common.BackgroundWork;
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
 * Takes the documentation's pictures of the asset register: the main window at 1280 x 800 with the demo portfolio,
 * one asset open in the detail pane, in the light and the dark theme. Headless (Monocle), in a temporary data folder.
 * Run: {@code mvn -q -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.licensor.ui.shell.AssetRegisterScreenshots [-Dexec.args=docs/images]}
 */
public final class AssetRegisterScreenshots {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private AssetRegisterScreenshots() {}

    public static void main(String[] args) throws Exception {
        Headless.configure();
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Path home = Files.createTempDirectory("licensor-screenshots");
        System.setProperty("user.home", home.toString()); // the status bar then shows "~/..." as for a user
        Platform.startup(() -> { });
        try {
            List<BufferedImage> images = take(home, "A9");
            Snapshots.write(images.get(0), out.resolve("asset-register.png"));
            Snapshots.write(images.get(1), out.resolve("asset-register-dark.png"));
        } finally {
            Platform.exit();
        }
    }

    /** The light and dark pictures of the demo portfolio's register with {@code assetId} selected. */
    public static List<BufferedImage> take(Path home, String assetId) {
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
            Fx.run(() -> shell.start(home.resolve(".local/share/licensor/default")));
            Fx.waitUntil(() -> shell.contextProperty().get() != null && !shell.work().isRunning());
            Fx.run(() -> {
                // the dashboard comes first in the navigation: picture the register itself
                // the register is built on this first visit
                shell.showSection("Assets");
                AssetsSection assets = (AssetsSection) shell.selectedSectionProperty().get();
                assets.model().editor().select(assetId);
            });
            Fx.waitUntil(() -> !shell.work().isRunning());
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
